package vn.parindex.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.notification.internal.NotificationWriter;
import vn.parindex.notification.internal.UserNotificationRepository;
import vn.parindex.security.CurrentUserService;
import vn.parindex.security.UserContacts;
import vn.parindex.shared.BusinessRuleException;

/**
 * In-app notifications with an e-mail copy. Sending stores a notification per recipient (enabled
 * accounts only) in the caller's transaction; when mail is configured, the recipient has an address
 * and has not turned e-mail off, the mail goes after the commit, and a mail that fails never fails
 * the caller (it is retried, and shown as not delivered when it cannot be). Reading is for the
 * signed-in user's own notifications only, by id too.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class Notifications {

    static final int MAX_LIST = 500;

    private final NotificationWriter writer;
    private final UserContacts contacts;
    private final UserNotificationRepository notifications;
    private final CurrentUserService currentUser;
    private final Clock clock;

    Notifications(
            NotificationWriter writer,
            UserContacts contacts,
            UserNotificationRepository notifications,
            CurrentUserService currentUser,
            Clock clock) {
        this.writer = writer;
        this.contacts = contacts;
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Tells these users; returns how many were told (disabled or unknown accounts are skipped). */
    @Transactional
    public int send(Notice notice, Collection<Long> userIds) {
        return writer.write(notice, contacts.byIds(userIds));
    }

    /** Tells the focal points of these units. */
    @Transactional
    public int sendToFocalPoints(Notice notice, Collection<Long> unitIds) {
        return writer.write(notice, contacts.focalPointsOf(unitIds));
    }

    @Transactional(readOnly = true)
    public long unreadCount() {
        return notifications.countByUserIdAndReadAtIsNull(me());
    }

    @Transactional(readOnly = true)
    public long count() {
        return notifications.countByUserId(me());
    }

    /** The newest of the user's notifications (at most 500), optionally only the unread ones. */
    @Transactional(readOnly = true)
    public List<NotificationItem> latest(boolean unreadOnly, int limit) {
        return notifications.latest(me(), unreadOnly, PageRequest.of(0, Math.max(1, Math.min(limit, MAX_LIST))));
    }

    /** One of the user's notifications; another user's is refused as not found. */
    @Transactional(readOnly = true)
    public NotificationItem item(long id) {
        return notifications.item(id, me()).orElseThrow(() -> new BusinessRuleException("notification.notFound"));
    }

    /** Marks one of the user's notifications read; another user's is refused as not found. */
    @Transactional
    public void markRead(long id) {
        long me = me();
        if (notifications.markRead(id, me, Instant.now(clock)) == 0 && !notifications.existsByIdAndUserId(id, me)) {
            throw new BusinessRuleException("notification.notFound");
        }
    }

    /** Marks every unread notification of the user read; returns how many. */
    @Transactional
    public int markAllRead() {
        return notifications.markAllRead(me(), Instant.now(clock));
    }

    private long me() {
        return currentUser.require().id();
    }
}
