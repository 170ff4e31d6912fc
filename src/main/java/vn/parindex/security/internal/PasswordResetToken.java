package vn.parindex.security.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A single-use link to set a new password. Only the SHA-256 of its random token is stored, so the
 * database never holds a usable link; it expires, is used once, and a newer request revokes it.
 */
@Entity
@Table(name = "password_reset_token")
public class PasswordResetToken {

    /** Why a link no longer sets a password (audited; the user sees one message for all). */
    public enum Refusal {
        EXPIRED,
        USED,
        REVOKED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long userId;

    @Column(name = "token_sha256", columnDefinition = "char(64)")
    private String tokenSha256;

    private Instant createdAt;
    private Instant expiresAt;
    private Instant usedAt;
    private Instant revokedAt;
    private String requestedFrom;

    protected PasswordResetToken() {}

    public PasswordResetToken(long userId, String tokenSha256, Instant createdAt, Instant expiresAt, String from) {
        this.userId = userId;
        this.tokenSha256 = tokenSha256;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.requestedFrom = from;
    }

    /** Null while the link may still set a password at {@code now}. */
    public Refusal refusalAt(Instant now) {
        if (usedAt != null) {
            return Refusal.USED;
        }
        if (revokedAt != null) {
            return Refusal.REVOKED;
        }
        return now.isBefore(expiresAt) ? null : Refusal.EXPIRED;
    }

    public void markUsed(Instant now) {
        usedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getUserId() {
        return userId;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
