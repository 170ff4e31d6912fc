package vn.parindex.security;

/** The portal's roles. A user may hold several; FOCAL_POINT is bound to one unit. */
public enum Role {
    ADMIN,
    SECRETARIAT,
    FOCAL_POINT,
    COUNCIL_MEMBER,
    LEADER;

    /** Role names as compile-time constants for {@code @RolesAllowed} on views and services (never SpEL strings). */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String SECRETARIAT = "SECRETARIAT";
        public static final String FOCAL_POINT = "FOCAL_POINT";
        public static final String COUNCIL_MEMBER = "COUNCIL_MEMBER";
        public static final String LEADER = "LEADER";

        private Names() {}
    }

    public String authority() {
        return "ROLE_" + name();
    }

    /** Translation key of the role's display name. */
    public String labelKey() {
        return "role." + name();
    }
}
