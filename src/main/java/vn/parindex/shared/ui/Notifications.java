package vn.parindex.shared.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The portal's three kinds of toast, placed and timed consistently. */
public final class Notifications {

    private Notifications() {}

    public static Notification success(String text) {
        return show(text, NotificationVariant.LUMO_SUCCESS, 3000);
    }

    public static Notification error(String text) {
        return show(text, NotificationVariant.LUMO_ERROR, 8000);
    }

    public static Notification warning(String text) {
        return show(text, NotificationVariant.LUMO_WARNING, 6000);
    }

    private static Notification show(String text, NotificationVariant variant, int durationMillis) {
        Notification notification = Notification.show(text, durationMillis, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
        return notification;
    }
}
