package vn.parindex.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import vn.parindex.notification.NotificationItem;
import vn.parindex.notification.Notifications;

/**
 * The bell in the header: the unread count (refreshed at every navigation and every click) and a
 * panel with the latest notifications; clicking one marks it read and opens its page.
 */
class NotificationBell extends Div implements AfterNavigationObserver {

    static final int PANEL_SIZE = 8;

    private final transient Notifications notifications;
    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final Span count = new Span();
    private final Popover popover = new Popover();
    private final Div list = new Div();

    NotificationBell(Notifications notifications) {
        this.notifications = notifications;
        addClassName("portal-bell");
        bell.setId("notification-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        bell.setAriaLabel(getTranslation("notifications.bell"));
        bell.addClickListener(event -> refreshPanel());
        count.setId("notification-count");
        count.getElement().getThemeList().add("badge error primary small pill");
        count.addClassName("portal-bell-count");
        add(bell, count);

        popover.setTarget(bell);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setWidth("24rem");
        popover.setAriaLabel(getTranslation("notifications.title"));
        popover.setId("notification-panel");
        Span title = new Span(getTranslation("notifications.title"));
        title.addClassName("portal-notification-panel-title");
        Button markAll = new Button(getTranslation("notifications.markAllRead"), event -> {
            notifications.markAllRead();
            refreshPanel();
        });
        markAll.setId("notification-mark-all");
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        Div header = new Div(title, markAll);
        header.addClassName("portal-notification-panel-header");
        list.setId("notification-list");
        list.addClassName("portal-notification-list");
        RouterLink all = new RouterLink(getTranslation("notifications.seeAll"), NotificationsView.class);
        all.setId("notification-see-all");
        all.getElement().addEventListener("click", event -> popover.close());
        popover.add(header, list, all);
        refreshCount();
    }

    private void refreshCount() {
        long unread = notifications.unreadCount();
        count.setText(unread > 99 ? "99+" : String.valueOf(unread));
        count.setVisible(unread > 0);
        bell.setTooltipText(getTranslation("notifications.unreadCount", unread));
    }

    /** Reloads the count and the latest notifications. */
    void refreshPanel() {
        refreshCount();
        list.removeAll();
        List<NotificationItem> latest = notifications.latest(false, PANEL_SIZE);
        if (latest.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("notifications.empty"));
            empty.addClassName("portal-muted");
            list.add(empty);
        }
        for (NotificationItem item : latest) {
            NotificationEntry entry = new NotificationEntry(item, getLocale(), false);
            entry.addClickListener(event -> {
                notifications.markRead(item.id());
                popover.close();
                refreshCount();
                getUI().ifPresent(ui -> NotificationEntry.open(ui, item.link()));
            });
            list.add(entry);
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refreshCount();
    }
}
