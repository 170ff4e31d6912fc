package vn.parindex.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.parindex.shell.internal.StartupGate;
import vn.parindex.support.PortalIntegrationTest;
import vn.parindex.support.SignIn;

/**
 * The gate opens on ApplicationReadyEvent, which Spring Boot publishes after every application
 * runner: once it is open, the demo accounts exist and sign in with the published password.
 */
@PortalIntegrationTest
class StartupReadinessTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    StartupGate gate;

    @Test
    void whenThePortalTakesRequestsTheDemoAccountsAlreadyExist() {
        assertThat(gate.isReady()).isTrue();
        try {
            assertThat(SignIn.as(context, "noivu").isAuthenticated()).isTrue();
        } finally {
            SignIn.out();
        }
    }
}
