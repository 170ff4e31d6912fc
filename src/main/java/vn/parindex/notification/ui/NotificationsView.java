package vn.parindex.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import vn.parindex.notification.NotificationItem;
import vn.parindex.notification.Notifications;

/**
 * The signed-in user's notifications, newest first: unread ones stand out and can be marked read one
 * by one or all at once; each opens the page it is about. Reached from the bell and the home page.
 */
@Route("notifications")
@PermitAll
public class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    static final int PAGE = 30;

    private final transient Notifications notifications;
    private final Checkbox unreadOnly = new Checkbox();
    private final Div list = new Div();
    private final Button more = new Button();
    private int shown = PAGE;

    public NotificationsView(Notifications notifications) {
        this.notifications = notifications;
        addClassName("portal-page");
        setId("notifications-view");
        H2 title = new H2(getTranslation("notifications.title"));
        unreadOnly.setLabel(getTranslation("notifications.unreadOnly"));
        unreadOnly.setId("notifications-unread-only");
        unreadOnly.addValueChangeListener(event -> {
            shown = PAGE;
            refresh();
        });
        Button markAll = new Button(getTranslation("notifications.markAllRead"), event -> {
            notifications.markAllRead();
            refresh();
        });
        markAll.setId("notifications-mark-all");
        HorizontalLayout toolbar = new HorizontalLayout(unreadOnly, markAll);
        toolbar.addClassName("portal-toolbar");
        toolbar.setAlignItems(Alignment.BASELINE);
        list.setId("notifications-list");
        list.addClassName("portal-notification-list");
        list.setWidthFull();
        more.setText(getTranslation("notifications.more"));
        more.setId("notifications-more");
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        more.addClickListener(event -> {
            shown += PAGE;
            refresh();
        });
        add(title, toolbar, list, more);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<NotificationItem> items = notifications.latest(unreadOnly.getValue(), shown);
        if (items.isEmpty()) {
            Paragraph empty = new Paragraph(
                    getTranslation(unreadOnly.getValue() ? "notifications.emptyUnread" : "notifications.empty"));
            empty.setId("notifications-empty");
            empty.addClassName("portal-muted");
            list.add(empty);
        }
        for (NotificationItem item : items) {
            list.add(entry(item));
        }
        more.setVisible(items.size() == shown);
    }

    private Div entry(NotificationItem item) {
        NotificationEntry entry = new NotificationEntry(item, getLocale(), true);
        HorizontalLayout actions = new HorizontalLayout();
        actions.addClassName("portal-notification-actions");
        Button open = new Button(getTranslation("notifications.open"), event -> {
            notifications.markRead(item.id());
            getUI().ifPresent(ui -> NotificationEntry.open(ui, item.link()));
        });
        open.addThemeVariants(ButtonVariant.LUMO_SMALL);
        open.setId("notification-open-" + item.id());
        actions.add(open);
        if (item.unread()) {
            Button read = new Button(getTranslation("notifications.markRead"), event -> {
                notifications.markRead(item.id());
                refresh();
            });
            read.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            read.setId("notification-read-" + item.id());
            actions.add(read);
        }
        entry.add(actions);
        return entry;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.title");
    }
}
