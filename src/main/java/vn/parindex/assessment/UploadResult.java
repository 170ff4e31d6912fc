package vn.parindex.assessment;

/** The library entry for an uploaded file; {@code alreadyInLibrary} when the same file was there before. */
public record UploadResult(EvidenceSummary evidence, boolean alreadyInLibrary) {}
