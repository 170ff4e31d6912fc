package vn.parindex.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import vn.parindex.audit.AuditLog;
import vn.parindex.support.PortalIntegrationTest;

/** The one run-as mechanism: the portal itself before any account exists, or an existing account. */
@PortalIntegrationTest
class RunAsTest {

    @Autowired
    RunAs runAs;

    @Autowired
    CurrentUserService currentUser;

    @Autowired
    UserAdministration users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theSystemHoldsAdministratorAndSecretariatRightsAndNoAccount() {
        List<String> seen = new ArrayList<>();
        runAs.asSystem(() -> {
            var identity = SecurityContextHolder.getContext().getAuthentication();
            seen.add(identity.getName());
            identity.getAuthorities().stream()
                    .map(GrantedAuthority::getAuthority)
                    .sorted()
                    .forEach(seen::add);
        });
        assertThat(seen).containsExactly(AuditLog.SYSTEM_ACTOR, "ROLE_ADMIN", "ROLE_SECRETARIAT");
        assertThat(runAs.readAsSystem(() -> users.users().isEmpty())).isFalse();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void anAccountRunsWithItsOwnRolesAndUnitAndThePreviousIdentityComesBack() {
        List<Object> seen = new ArrayList<>();
        runAs.asAccount("gtvt", () -> {
            seen.add(currentUser.require().username());
            seen.add(currentUser.require().hasRole(Role.FOCAL_POINT));
            seen.add(currentUser.require().unitId() != null);
        });
        assertThat(seen).containsExactly("gtvt", true, true);
        runAs.asAccount(
                "gtvt", () -> assertThatThrownBy(() -> users.users()).isInstanceOf(AccessDeniedException.class));
        assertThatThrownBy(() -> runAs.asAccount("gtvt", () -> {
                    throw new IllegalStateException("work failed");
                }))
                .hasMessage("work failed");
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        assertThatThrownBy(() -> runAs.asAccount("nobody-" + System.nanoTime(), () -> {}))
                .isInstanceOf(UsernameNotFoundException.class);
    }
}
