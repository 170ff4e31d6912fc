package vn.parindex.assessment;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * An evidence file for download, with the name it was uploaded under. The content is read from the
 * database chunk by chunk as the stream is consumed, so a 20 MB file never sits in memory whole.
 */
public record EvidenceFile(String fileName, String contentType, long sizeBytes, InputStream content)
        implements Closeable {

    @Override
    public void close() throws IOException {
        content.close();
    }
}
