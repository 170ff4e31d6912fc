package vn.parindex.shell.internal;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.organization.ProvinceSetup;
import vn.parindex.security.AccountService;
import vn.parindex.security.CurrentUserService;
import vn.parindex.security.Role;
import vn.parindex.shared.Locales;
import vn.parindex.shell.ui.ChangePasswordView;
import vn.parindex.shell.ui.HomeView;

/**
 * Every session gets the portal's error handler; every UI starts in the user's remembered language,
 * else the language chosen on the login page, else Vietnamese.
 */
@Component
class PortalUiSetup implements VaadinServiceInitListener {

    private static final String PASSWORD_CLEAR = PortalUiSetup.class.getName() + ".passwordClear";

    private final CurrentUserService currentUsers;
    private final AccountService accounts;
    private final OrganizationDirectory organization;

    PortalUiSetup(CurrentUserService currentUsers, AccountService accounts, OrganizationDirectory organization) {
        this.organization = organization;
        this.currentUsers = currentUsers;
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new PortalErrorHandler()));
        event.getSource().addUIInitListener(init -> {
            Locale locale = startLocale(init.getUI().getSession());
            init.getUI().getSession().setLocale(locale);
            init.getUI().setLocale(locale);
            init.getUI().addBeforeEnterListener(this::sendToPasswordChange);
            init.getUI().addBeforeEnterListener(this::sendToSetup);
        });
    }

    /**
     * A user holding a one-time password sees only the password change until they set their own.
     * Checked once per navigation until the account is found clear, then remembered in the session
     * (an administrator's reset ends the session, so the memory cannot outlive a new one-time password).
     */
    private void sendToPasswordChange(BeforeEnterEvent event) {
        VaadinSession session = event.getUI().getSession();
        if (Boolean.TRUE.equals(session.getAttribute(PASSWORD_CLEAR))
                || event.getNavigationTarget() == ChangePasswordView.class
                || currentUsers.current().isEmpty()) {
            return;
        }
        if (accounts.mustChangePassword()) {
            event.rerouteTo(ChangePasswordView.class);
        } else {
            session.setAttribute(PASSWORD_CLEAR, Boolean.TRUE);
        }
    }

    /**
     * An installation without a province shows its administrator the setup first: the home page
     * leads there until the province is defined.
     */
    private void sendToSetup(BeforeEnterEvent event) {
        if (event.getNavigationTarget() != HomeView.class
                || event.hasRerouteTarget()
                || !currentUsers.current().map(user -> user.hasRole(Role.ADMIN)).orElse(false)) {
            return;
        }
        if (organization.province().isEmpty()) {
            event.rerouteTo(ProvinceSetup.ROUTE);
        }
    }

    private Locale startLocale(VaadinSession session) {
        if (currentUsers.current().isPresent()) {
            return accounts.preferredLocale();
        }
        Object chosen = session.getAttribute(Locales.SESSION_ATTRIBUTE);
        return chosen instanceof Locale locale ? locale : Locales.VIETNAMESE;
    }
}
