package vn.parindex.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import vn.parindex.notification.NotificationItem;
import vn.parindex.notification.Notifications;
import vn.parindex.security.CurrentUser;
import vn.parindex.shared.ui.Card;
import vn.parindex.shell.HomeCards;

/** Unread notifications on the home page: how many, the latest three, a way to the list. Nothing when all are read. */
@SpringComponent
class NotificationHomeCards implements HomeCards {

    static final int SHOWN = 3;

    private final Notifications notifications;

    NotificationHomeCards(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public List<Component> cardsFor(CurrentUser user) {
        long unread = notifications.unreadCount();
        if (unread == 0) {
            return List.of();
        }
        UI ui = UI.getCurrent();
        Card card = new Card(ui.getTranslation("home.notifications.title"));
        card.setId("home-notifications");
        card.addClassName("portal-card-notifications");
        card.line(ui.getTranslation("home.notifications.unread", unread));
        for (NotificationItem item : notifications.latest(true, SHOWN)) {
            card.line("• " + item.subject(ui.getLocale()));
        }
        card.add(new RouterLink(ui.getTranslation("home.notifications.open"), NotificationsView.class));
        return List.of(card);
    }
}
