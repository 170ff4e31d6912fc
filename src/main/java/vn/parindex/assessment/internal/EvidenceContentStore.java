package vn.parindex.assessment.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The bytes of evidence files, stored once per SHA-256 in chunks of at most {@link #CHUNK_SIZE}
 * bytes: no statement carries more than one chunk, so files of the configured maximum (20 MB) work
 * on a server with the stock 16 MB {@code max_allowed_packet}, and a download reads one chunk at a
 * time instead of the whole file.
 */
@Component
public class EvidenceContentStore {

    /** 1 MiB: far below any packet limit, and a small buffer per download. */
    public static final int CHUNK_SIZE = 1024 * 1024;

    private final JdbcTemplate jdbc;

    EvidenceContentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the bytes unless the same content is there already. Safe when two units upload it at
     * once: the second insert waits for the first transaction and then finds the row (or, if the
     * first rolled back, writes the chunks itself), so a content row never lacks its chunks once
     * committed.
     */
    public void storeOnce(String sha256, byte[] content) {
        int inserted = jdbc.update(
                "insert ignore into evidence_content (sha256, size_bytes) values (?, ?)", sha256, content.length);
        if (inserted == 0) {
            return;
        }
        for (int seq = 0, offset = 0; offset < content.length; seq++, offset += CHUNK_SIZE) {
            int length = Math.min(CHUNK_SIZE, content.length - offset);
            byte[] chunk = new byte[length];
            System.arraycopy(content, offset, chunk, 0, length);
            jdbc.update("insert into evidence_content_chunk (sha256, seq, data) values (?, ?, ?)", sha256, seq, chunk);
        }
    }

    /** Locks the content row, so an upload reusing it waits until a removal has decided. */
    public void lock(String sha256) {
        jdbc.queryForList("select sha256 from evidence_content where sha256 = ? for update", String.class, sha256);
    }

    /** Removes the content with its chunks; the caller checked that no evidence uses it any more. */
    public void delete(String sha256) {
        jdbc.update("delete from evidence_content_chunk where sha256 = ?", sha256);
        jdbc.update("delete from evidence_content where sha256 = ?", sha256);
    }

    public boolean exists(String sha256) {
        return !jdbc.queryForList("select 1 from evidence_content where sha256 = ?", Integer.class, sha256)
                .isEmpty();
    }

    /**
     * The content as a stream that reads the next chunk from the database only when the previous one
     * is used up, each read its own short statement: a download holds one chunk in memory and no
     * connection between reads.
     */
    public InputStream open(String sha256) {
        return new ChunkStream(sha256);
    }

    private byte[] chunk(String sha256, int seq) {
        List<byte[]> rows = jdbc.query(
                "select data from evidence_content_chunk where sha256 = ? and seq = ?",
                (rs, row) -> rs.getBytes(1),
                sha256,
                seq);
        return rows.isEmpty() ? null : rows.get(0);
    }

    private final class ChunkStream extends InputStream {
        private final String sha256;
        private int nextSeq;
        private byte[] current = new byte[0];
        private int position;
        private boolean finished;

        ChunkStream(String sha256) {
            this.sha256 = sha256;
        }

        /** Makes bytes available; false at the end of the content. */
        private boolean fill() throws IOException {
            while (!finished && position >= current.length) {
                try {
                    byte[] next = chunk(sha256, nextSeq++);
                    if (next == null) {
                        finished = true;
                        current = new byte[0];
                    } else {
                        current = next;
                    }
                    position = 0;
                } catch (RuntimeException e) {
                    throw new IOException("Evidence content " + sha256 + " could not be read", e);
                }
            }
            return position < current.length;
        }

        @Override
        public int read() throws IOException {
            return fill() ? current[position++] & 0xff : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int count = Math.min(length, current.length - position);
            System.arraycopy(current, position, buffer, offset, count);
            position += count;
            return count;
        }

        @Override
        public int available() {
            return current.length - position;
        }
    }
}
