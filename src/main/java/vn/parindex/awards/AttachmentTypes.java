package vn.parindex.awards;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The files a nomination may carry: PDF, JPG and PNG, as the evidence rules accept them, checked by
 * their first bytes as well as their name (a renamed file is refused).
 */
final class AttachmentTypes {

    static final String ALLOWED = "PDF, JPG, PNG";

    private AttachmentTypes() {}

    static Optional<String> detect(String fileName, byte[] content) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf") && startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of("application/pdf");
        }
        if ((name.endsWith(".jpg") || name.endsWith(".jpeg"))
                && startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of("image/jpeg");
        }
        if (name.endsWith(".png")
                && startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return Optional.of("image/png");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(Arrays.copyOf(content, magic.length), magic);
    }
}
