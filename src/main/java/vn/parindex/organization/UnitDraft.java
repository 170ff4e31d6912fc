package vn.parindex.organization;

/** What ADMIN or SECRETARIAT enters for a unit. */
public record UnitDraft(
        String code,
        String nameVi,
        String nameEn,
        String shortName,
        Long blockId,
        boolean ranked,
        String headName,
        String headTitleVi,
        String headTitleEn,
        int sortOrder) {}
