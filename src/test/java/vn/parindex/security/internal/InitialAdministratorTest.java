package vn.parindex.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.parindex.audit.AuditLog;
import vn.parindex.security.Role;
import vn.parindex.shared.BusinessRuleException;

class InitialAdministratorTest {

    private final UserAccountRepository users = mock(UserAccountRepository.class);
    private final AuditLog audit = mock(AuditLog.class);
    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    @Test
    void anEmptyInstallationGetsAnAdministratorWithTheConfiguredPassword() {
        when(users.count()).thenReturn(0L);
        new InitialAdministrator(users, encoder, audit, Clock.systemUTC(), "admin", "Khởi-tạo-2026").run(null);
        ArgumentCaptor<UserAccount> saved = ArgumentCaptor.forClass(UserAccount.class);
        verify(users).save(saved.capture());
        assertThat(saved.getValue().getUsername()).isEqualTo("admin");
        assertThat(saved.getValue().getRoles()).containsExactly(Role.ADMIN);
        assertThat(encoder.matches("Khởi-tạo-2026", saved.getValue().getPasswordHash()))
                .isTrue();
    }

    @Test
    void withoutAConfiguredPasswordAStrongOneIsGenerated() {
        when(users.count()).thenReturn(0L);
        new InitialAdministrator(users, encoder, audit, Clock.systemUTC(), "admin", "").run(null);
        ArgumentCaptor<UserAccount> saved = ArgumentCaptor.forClass(UserAccount.class);
        verify(users).save(saved.capture());
        assertThat(saved.getValue().getPasswordHash()).startsWith("{bcrypt}");
    }

    @Test
    void aWeakConfiguredPasswordIsRefused() {
        when(users.count()).thenReturn(0L);
        assertThatThrownBy(() ->
                        new InitialAdministrator(users, encoder, audit, Clock.systemUTC(), "admin", "short").run(null))
                .isInstanceOf(BusinessRuleException.class);
        verify(users, never()).save(any());
    }

    @Test
    void anInstallationWithAccountsIsLeftAlone() {
        when(users.count()).thenReturn(3L);
        new InitialAdministrator(users, encoder, audit, Clock.systemUTC(), "admin", "").run(null);
        verify(users, never()).save(any());
    }
}
