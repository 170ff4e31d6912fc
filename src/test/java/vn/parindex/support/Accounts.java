package vn.parindex.support;

import java.util.EnumSet;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import vn.parindex.security.Role;
import vn.parindex.security.UserAdministration;
import vn.parindex.security.UserDraft;

/** Throw-away accounts, so tests never lock or change the shared demo users. */
public final class Accounts {

    public static final String PASSWORD = "Correct-Horse-42";

    private Accounts() {}

    /** Creates a user with the given role (signed in as admin meanwhile) and returns the user name. */
    public static String create(ApplicationContext context, Role role, Long unitId) {
        String username = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        SignIn.as(context, "admin");
        try {
            context.getBean(UserAdministration.class)
                    .createWithPresetPassword(new UserDraft(
                            username, "Người dùng thử " + username, null, unitId, EnumSet.of(role), PASSWORD));
        } finally {
            SignIn.out();
        }
        return username;
    }
}
