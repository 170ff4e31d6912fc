package vn.parindex.security.internal;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PasswordResetTokenRepository extends JpaRepository<PasswordResetToken, Long> {

    Optional<PasswordResetToken> findByTokenSha256(String tokenSha256);

    /** Reads and locks the link, so two submissions of the same link never both set a password. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from PasswordResetToken t where t.tokenSha256 = :sha256")
    Optional<PasswordResetToken> findForUpdate(@Param("sha256") String sha256);

    long countByUserIdAndCreatedAtAfter(long userId, Instant since);

    /** Revokes the account's links still open, so only the newest one works. */
    @Modifying(flushAutomatically = true)
    @Query("""
            update PasswordResetToken t set t.revokedAt = :now
            where t.userId = :userId and t.usedAt is null and t.revokedAt is null
            """)
    int revokeOpen(@Param("userId") long userId, @Param("now") Instant now);
}
