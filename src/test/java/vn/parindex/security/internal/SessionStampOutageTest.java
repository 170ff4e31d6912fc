package vn.parindex.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * While the database cannot be reached, the per-request session check neither ends the session nor
 * fails the request: the request reaches Vaadin, whose own database access fails and is answered with
 * the translated "not saved, try again" message instead of a bare server error. Against a port
 * nobody listens on, so the driver's real connection failure is what the filter meets.
 */
class SessionStampOutageTest {

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aSessionIsNeitherEndedNorRefusedWhileTheDatabaseIsUnreachable() throws Exception {
        DriverManagerDataSource unreachable = new DriverManagerDataSource(
                "jdbc:mariadb://127.0.0.1:" + closedPort() + "/parindex?connectTimeout=1000", "nobody", "none");
        SessionStampFilter filter = new SessionStampFilter(
                new SessionStamps(new JdbcTemplate(unreachable)), SecurityContextHolder.getContextHolderStrategy());
        UserAccount account = new UserAccount("toutage", "hash", "Người dùng thử", Instant.now());
        ReflectionTestUtils.setField(account, "id", 42L);
        PortalUserDetails user = new PortalUserDetails(account);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        MockHttpSession session = new MockHttpSession();
        request.setSession(session);
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).as("the request went on").isSameAs(request);
        assertThat(session.isInvalid()).as("session ended").isFalse();
        assertThat(SecurityContextHolder.getContext().getAuthentication())
                .as("still signed in")
                .isNotNull();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
