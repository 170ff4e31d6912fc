package vn.parindex.criteria;

/** One row of an imported set: its code places it in the tree (parent = code without its last part). */
public record ImportedNode(String code, NodeDraft draft) {

    public String parentCode() {
        int dot = code.lastIndexOf('.');
        return dot < 0 ? null : code.substring(0, dot);
    }
}
