package vn.parindex.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import vn.parindex.notification.EmailSetting;
import vn.parindex.notification.NotificationPreferences;
import vn.parindex.notification.Notifications;
import vn.parindex.security.CurrentUser;
import vn.parindex.shell.HeaderContributions;

/** The bell in every signed-in page's header, and the e-mail choice in the account menu. */
@SpringComponent
class NotificationHeader implements HeaderContributions {

    private final Notifications notifications;
    private final NotificationPreferences preferences;

    NotificationHeader(Notifications notifications, NotificationPreferences preferences) {
        this.notifications = notifications;
        this.preferences = preferences;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<Component> headerItemsFor(CurrentUser user) {
        return List.of(new NotificationBell(notifications));
    }

    /** Shown only when the portal sends mail; disabled (saying why) for an account without an address. */
    @Override
    public void addAccountMenuItems(SubMenu accountMenu, CurrentUser user) {
        EmailSetting setting = preferences.emailSetting();
        if (!setting.mailConfigured()) {
            return;
        }
        UI ui = UI.getCurrent();
        String label = setting.address() == null
                ? ui.getTranslation("notifications.email.noAddress")
                : ui.getTranslation("notifications.email.menu", setting.address());
        MenuItem item = accountMenu.addItem(label);
        item.setId("menu-email-notifications");
        item.setCheckable(true);
        item.setChecked(setting.active());
        item.setEnabled(setting.address() != null);
        item.addClickListener(event -> {
            preferences.setEmailEnabled(item.isChecked());
            vn.parindex.shared.ui.Notifications.success(ui.getTranslation(
                    item.isChecked() ? "notifications.email.turnedOn" : "notifications.email.turnedOff"));
        });
    }
}
