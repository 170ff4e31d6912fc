package vn.parindex.notification.internal;

import java.util.Collection;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NotificationPreferenceRepository extends JpaRepository<NotificationPreference, Long> {

    /** Those among the users who turned e-mail off. */
    @Query("select p.userId from NotificationPreference p where p.userId in :userIds and p.emailEnabled = false")
    Set<Long> emailTurnedOff(@Param("userIds") Collection<Long> userIds);
}
