package vn.parindex.support;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.parindex.shell.ui.MainLayout;

/**
 * Browserless UI tests: the real views and services in Karibu's fake Vaadin environment, with the
 * user signed in through Spring Security first so that route access checks and the UI's language
 * work as in the browser.
 */
@PortalIntegrationTest
public abstract class KaribuTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("vn.parindex");

    /** Karibu 2.1 registers routes but not {@code @Layout} layouts; register ours as the app does. */
    private static void registerLayouts() {
        ApplicationRouteRegistry.getInstance(VaadinService.getCurrent().getContext())
                .setLayout(MainLayout.class);
    }

    @Autowired
    protected ApplicationContext context;

    /** Opens a fresh UI for the given demo user. */
    protected void openAs(String username) {
        SignIn.as(context, username);
        openAsSignedIn();
    }

    /** Opens a fresh UI for whoever {@link SignIn} signed in last. */
    protected void openAsSignedIn() {
        MockVaadin.tearDown();
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
        registerLayouts();
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> authentication.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role)));
    }

    protected void openAnonymous() {
        MockVaadin.tearDown();
        SignIn.out();
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
        registerLayouts();
    }

    @AfterEach
    void closeUi() {
        MockVaadin.tearDown();
        SignIn.out();
    }
}
