package vn.parindex.organization;

/** A block as the setup lists it: with how many units it holds (a block with units stays). */
public record SetupBlock(long id, String code, String nameVi, String nameEn, int sortOrder, long units, long version) {}
