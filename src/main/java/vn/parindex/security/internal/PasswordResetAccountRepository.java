package vn.parindex.security.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The accounts a forgotten-password request may be about. */
public interface PasswordResetAccountRepository extends Repository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    Optional<UserAccount> findByIdAndEnabledTrue(long id);

    /** Case-insensitive by the column's collation. */
    List<UserAccount> findByEmailOrderById(String email);

    /** Reads and locks the account, so racing requests for one account are counted one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from UserAccount u where u.id = :id")
    Optional<UserAccount> findForUpdate(@Param("id") long id);
}
