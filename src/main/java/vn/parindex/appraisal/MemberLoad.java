package vn.parindex.appraisal;

import vn.parindex.security.CouncilMember;

/** A council member's workload in a period: units assigned and items to appraise there. */
public record MemberLoad(CouncilMember member, int units, int items) {}
