package vn.parindex.security.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import vn.parindex.security.LoginThrottleState;
import vn.parindex.security.Role;
import vn.parindex.security.UserSummary;

@Entity
@Table(name = "app_user")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;
    private String passwordHash;
    private String fullName;
    private String email;
    private Long unitId;
    private boolean enabled = true;
    private String locale = "vi";
    private Instant lastLoginAt;
    private Instant passwordChangedAt;
    private Instant createdAt;

    /** Set while the password is one someone else chose; the owner must replace it first. */
    private boolean passwordMustChange;

    /** Sessions carry the stamp they signed in with; a different one here ends them. */
    private long sessionStamp;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", columnDefinition = "varchar(30)")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected UserAccount() {}

    public UserAccount(String username, String passwordHash, String fullName, Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.fullName = fullName;
        this.createdAt = createdAt;
        this.passwordChangedAt = createdAt;
    }

    /** Ends every session of this account at its next request, on every node. */
    public void endSessions() {
        sessionStamp++;
    }

    /** The owner's own choice: no longer a one-time password. */
    public void changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.passwordChangedAt = now;
        this.passwordMustChange = false;
    }

    /** A password chosen by someone else (administrator, import, first start): valid once. */
    public void setOneTimePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.passwordChangedAt = now;
        this.passwordMustChange = true;
    }

    public boolean isPasswordMustChange() {
        return passwordMustChange;
    }

    public void update(String fullName, String email, Long unitId, Set<Role> roles) {
        this.fullName = fullName;
        this.email = email;
        this.unitId = unitId;
        this.roles.clear();
        this.roles.addAll(roles);
    }

    public UserSummary toSummary() {
        return toSummary(LoginThrottleState.NONE);
    }

    public UserSummary toSummary(LoginThrottleState loginThrottle) {
        return new UserSummary(
                id,
                username,
                fullName,
                email,
                unitId,
                Set.copyOf(roles),
                enabled,
                loginThrottle,
                lastLoginAt,
                locale,
                version);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public Long getUnitId() {
        return unitId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public long getSessionStamp() {
        return sessionStamp;
    }

    public long getVersion() {
        return version;
    }
}
