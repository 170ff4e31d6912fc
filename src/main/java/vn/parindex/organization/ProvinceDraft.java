package vn.parindex.organization;

/** What the administrator enters for the province and the agency running its index. */
public record ProvinceDraft(String code, String nameVi, String nameEn, String agencyVi, String agencyEn) {}
