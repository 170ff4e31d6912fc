package vn.parindex.security;

/** An enabled account holding COUNCIL_MEMBER, with the unit it belongs to (for conflicts of interest). */
public record CouncilMember(long id, String username, String fullName, Long unitId) {}
