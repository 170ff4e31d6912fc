package vn.parindex.shell.internal;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.parindex.security.AccountService;
import vn.parindex.security.CurrentUserService;
import vn.parindex.shared.Locales;

/**
 * Every session gets the portal's error handler; every UI starts in the user's remembered language,
 * else the language chosen on the login page, else Vietnamese.
 */
@Component
class PortalUiSetup implements VaadinServiceInitListener {

    private final CurrentUserService currentUsers;
    private final AccountService accounts;

    PortalUiSetup(CurrentUserService currentUsers, AccountService accounts) {
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
        });
    }

    private Locale startLocale(VaadinSession session) {
        if (currentUsers.current().isPresent()) {
            return accounts.preferredLocale();
        }
        Object chosen = session.getAttribute(Locales.SESSION_ATTRIBUTE);
        return chosen instanceof Locale locale ? locale : Locales.VIETNAMESE;
    }
}
