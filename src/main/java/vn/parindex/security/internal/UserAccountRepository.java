package vn.parindex.security.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    List<UserAccount> findAllByOrderByUsernameAsc();

    /** Keeps the time of a sign-in without touching the version an administrator may be editing. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update UserAccount u set u.lastLoginAt = :at where u.id = :id")
    int recordLogin(@Param("id") long id, @Param("at") Instant at);

    /** Replaces a hash made by an older algorithm, unless the password changed meanwhile. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update UserAccount u set u.passwordHash = :newHash where u.id = :id and u.passwordHash = :oldHash")
    int upgradePasswordHash(@Param("id") long id, @Param("oldHash") String oldHash, @Param("newHash") String newHash);
}
