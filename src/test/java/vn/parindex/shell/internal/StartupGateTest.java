package vn.parindex.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Until the application runners (demo data, first administrator) are done, the portal answers "starting". */
class StartupGateTest {

    @Test
    void answers503StartingUntilTheApplicationIsReadyThenPassesEverythingOn() throws Exception {
        StartupGate gate = new StartupGate();

        MockHttpServletResponse login = call(gate, "/login");
        assertThat(login.getStatus()).isEqualTo(503);
        assertThat(login.getHeader("Retry-After")).isEqualTo("2");
        assertThat(login.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("đang khởi động")
                .contains("is starting")
                .contains("http-equiv=\"refresh\"");

        MockHttpServletResponse health = call(gate, "/actuator/health/readiness");
        assertThat(health.getStatus()).as("probes see the real state").isEqualTo(200);

        gate.onApplicationEvent(new ApplicationReadyEvent(
                mock(SpringApplication.class), new String[0], mock(ConfigurableApplicationContext.class), null));
        assertThat(gate.isReady()).isTrue();
        assertThat(call(gate, "/login").getStatus()).isEqualTo(200);
    }

    private static MockHttpServletResponse call(StartupGate gate, String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        gate.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
