package vn.parindex.assessment;

/** An uploaded file, or a reference to an official document kept elsewhere. */
public enum EvidenceKind {
    FILE,
    REFERENCE;

    public String labelKey() {
        return "evidence.kind." + name();
    }
}
