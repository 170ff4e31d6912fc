package vn.parindex.assessment;

/** An evidence file's content for download, with the name it was uploaded under. */
public record EvidenceFile(String fileName, String contentType, byte[] content) {}
