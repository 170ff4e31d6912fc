package vn.parindex.notification.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.parindex.notification.NotificationItem;

/** A recipient's notifications; every query names the recipient, so no one reaches another's. */
public interface UserNotificationRepository extends JpaRepository<UserNotification, Long> {

    long countByUserIdAndReadAtIsNull(long userId);

    long countByUserId(long userId);

    boolean existsByIdAndUserId(long id, long userId);

    @Query("""
            select new vn.parindex.notification.NotificationItem(
                n.id, m.kind, m.subjectVi, m.subjectEn, m.bodyVi, m.bodyEn, m.link, n.createdAt, n.readAt, n.mailStatus)
            from UserNotification n join NotificationMessage m on m.id = n.messageId
            where n.userId = :userId and (:unreadOnly = false or n.readAt is null)
            order by n.createdAt desc, n.id desc
            """)
    List<NotificationItem> latest(@Param("userId") long userId, @Param("unreadOnly") boolean unreadOnly, Pageable page);

    @Query("""
            select new vn.parindex.notification.NotificationItem(
                n.id, m.kind, m.subjectVi, m.subjectEn, m.bodyVi, m.bodyEn, m.link, n.createdAt, n.readAt, n.mailStatus)
            from UserNotification n join NotificationMessage m on m.id = n.messageId
            where n.id = :id and n.userId = :userId
            """)
    Optional<NotificationItem> item(@Param("id") long id, @Param("userId") long userId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update UserNotification n set n.readAt = :now
            where n.id = :id and n.userId = :userId and n.readAt is null
            """)
    int markRead(@Param("id") long id, @Param("userId") long userId, @Param("now") Instant now);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update UserNotification n set n.readAt = :now where n.userId = :userId and n.readAt is null")
    int markAllRead(@Param("userId") long userId, @Param("now") Instant now);
}
