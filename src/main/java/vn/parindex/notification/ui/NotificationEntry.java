package vn.parindex.notification.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Location;
import java.util.Locale;
import vn.parindex.notification.MailStatus;
import vn.parindex.notification.NotificationItem;
import vn.parindex.shared.ui.Formats;

/** One notification as the bell's panel and the list show it: subject, text, when, e-mail state. */
class NotificationEntry extends Div {

    NotificationEntry(NotificationItem item, Locale locale, boolean withBody) {
        addClassName("portal-notification");
        if (item.unread()) {
            addClassName("portal-notification-unread");
        }
        getElement().setAttribute("data-id", String.valueOf(item.id()));
        Span subject = new Span(item.subject(locale));
        subject.addClassName("portal-notification-subject");
        add(subject);
        if (withBody) {
            Div body = new Div();
            body.setText(item.body(locale));
            body.addClassName("portal-notification-body");
            add(body);
        }
        Span when = new Span(Formats.dateTime(item.createdAt(), locale));
        when.addClassName("portal-notification-time");
        add(when);
        if (item.mailStatus() == MailStatus.FAILED) {
            Span mail = new Span(getTranslation("notifications.mailFailed"));
            mail.addClassName("portal-notification-mail-failed");
            add(mail);
        }
    }

    /** Opens the page a notification leads to (an address relative to the portal). */
    static void open(UI ui, String link) {
        Location location = new Location(link == null ? "" : link);
        ui.navigate(location.getPath(), location.getQueryParameters());
    }
}
