package vn.parindex.awards;

import java.time.Instant;

/** A file attached to a nomination (achievement report, minutes). */
public record AttachmentInfo(
        long id, String fileName, String contentType, long size, String uploadedBy, Instant uploadedAt) {}
