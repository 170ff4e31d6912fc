package vn.parindex.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.parindex.notification.NotificationFixtures.person;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.parindex.notification.Localized;
import vn.parindex.notification.Notice;
import vn.parindex.notification.NotificationFixtures.Person;
import vn.parindex.notification.NotificationKind;
import vn.parindex.notification.NotificationPreferences;
import vn.parindex.notification.Notifications;
import vn.parindex.security.Role;
import vn.parindex.shared.Locales;
import vn.parindex.shell.ui.HomeView;
import vn.parindex.support.Accounts;
import vn.parindex.support.KaribuTest;
import vn.parindex.support.SignIn;

/** The bell, its panel, the list, the home card and the e-mail choice, for users of the test's own. */
class NotificationUiTest extends KaribuTest {

    private void send(Person person, String reason, String link) {
        SignIn.as(context, "noivu");
        try {
            context.getBean(Notifications.class)
                    .send(
                            new Notice(
                                    NotificationKind.ASSESSMENT_RETURNED,
                                    1,
                                    null,
                                    link,
                                    List.of(
                                            new Localized("Kỳ thử", "Test period"),
                                            new Localized("Sở thử", "Test unit"),
                                            reason)),
                            List.of(person.id()));
        } finally {
            SignIn.out();
        }
    }

    private void openAs(Person person) {
        SignIn.as(context, person.username(), Accounts.PASSWORD);
        openAsSignedIn();
    }

    private static Span count() {
        return _get(Span.class, spec -> spec.withId("notification-count"));
    }

    private static List<Div> entries(String listId) {
        return _find(
                _get(Div.class, spec -> spec.withId(listId)),
                Div.class,
                spec -> spec.withClasses("portal-notification"));
    }

    @Test
    void theBellCountsUnreadNotificationsAndItsPanelOpensThem() {
        Person person = person(context, Role.LEADER, null, false, Locales.VIETNAMESE);
        send(person, "thứ nhất", "");
        send(person, "thứ hai", "criteria");
        openAs(person);
        UI.getCurrent().navigate("");

        Span count = _get(Span.class, spec -> spec.withId("notification-count"));
        assertThat(count.getText()).isEqualTo("2");
        assertThat(count.isVisible()).isTrue();

        _click(_get(Button.class, spec -> spec.withId("notification-bell")));
        List<Div> shown = entries("notification-list");
        assertThat(shown).hasSize(2);
        assertThat(shown.get(0).getElement().getTextRecursively())
                .contains("Bản tự đánh giá được trả lại: Sở thử – Kỳ thử");
        assertThat(shown.get(0).hasClassName("portal-notification-unread")).isTrue();

        _click(shown.get(0));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("criteria");
        assertThat(count().getText()).isEqualTo("1");
        _click(_get(Button.class, spec -> spec.withId("notification-bell")));
        assertThat(entries("notification-list").get(0).hasClassName("portal-notification-unread"))
                .isFalse();

        _click(_get(Button.class, spec -> spec.withId("notification-mark-all")));
        _assertNone(Span.class, spec -> spec.withId("notification-count"));
    }

    @Test
    void theListShowsTheUsersOwnNotificationsAndMarksThemRead() {
        Person person = person(context, Role.LEADER, null, false, Locales.ENGLISH);
        Person other = person(context, Role.LEADER, null, false, Locales.VIETNAMESE);
        send(person, "one", "");
        send(person, "two", "");
        send(other, "someone else's", "");
        openAs(person);
        UI.getCurrent().navigate(NotificationsView.class);

        List<Div> shown = entries("notifications-list");
        assertThat(shown).hasSize(2);
        assertThat(shown.get(0).getElement().getTextRecursively())
                .contains("Self-assessment returned: Test unit, Test period")
                .contains("Reason: two")
                .doesNotContain("someone else");
        long newest = Long.parseLong(shown.get(0).getElement().getAttribute("data-id"));
        _click(_get(Button.class, spec -> spec.withId("notification-read-" + newest)));
        _setValue(_get(Checkbox.class, spec -> spec.withId("notifications-unread-only")), true);
        assertThat(entries("notifications-list")).hasSize(1);
        _click(_get(Button.class, spec -> spec.withId("notifications-mark-all")));
        assertThat(entries("notifications-list")).isEmpty();
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("notifications-empty"))
                        .getText())
                .isEqualTo("No unread notifications.");
    }

    @Test
    void theHomePageShowsUnreadNotificationsOnly() {
        Person person = person(context, Role.LEADER, null, false, Locales.VIETNAMESE);
        openAs(person);
        UI.getCurrent().navigate("");
        _assertNone(Div.class, spec -> spec.withId("home-notifications"));

        send(person, "xem trang chủ", "");
        openAs(person);
        UI.getCurrent().navigate("");
        Div card = _get(_get(HomeView.class), Div.class, spec -> spec.withId("home-notifications"));
        assertThat(card.getElement().getTextRecursively())
                .contains("Bạn có 1 thông báo chưa đọc")
                .contains("Bản tự đánh giá được trả lại: Sở thử – Kỳ thử");

        SignIn.as(context, person.username(), Accounts.PASSWORD);
        context.getBean(Notifications.class).markAllRead();
        openAsSignedIn();
        UI.getCurrent().navigate("");
        _assertNone(Div.class, spec -> spec.withId("home-notifications"));
    }

    @Test
    void theAccountMenuTurnsEmailOffAndOn() {
        Person person = person(context, Role.LEADER, null, true, Locales.VIETNAMESE);
        openAs(person);
        UI.getCurrent().navigate("");
        MenuBar menu = _get(MenuBar.class);

        ContextMenuKt._clickItemWithID(menu, "menu-email-notifications");
        NotificationPreferences preferences = context.getBean(NotificationPreferences.class);
        assertThat(preferences.emailSetting().enabled()).isFalse();
        ContextMenuKt._clickItemWithID(menu, "menu-email-notifications");
        assertThat(preferences.emailSetting().enabled()).isTrue();

        Person withoutAddress = person(context, Role.LEADER, null, false, Locales.VIETNAMESE);
        openAs(withoutAddress);
        UI.getCurrent().navigate("");
        MenuItem item = findItem(_get(MenuBar.class), "menu-email-notifications");
        assertThat(item.isEnabled()).isFalse();
        assertThat(item.getText()).contains("chưa có địa chỉ e-mail");
    }

    private static MenuItem findItem(MenuBar menu, String id) {
        return menu.getItems().get(0).getSubMenu().getItems().stream()
                .filter(item -> item.getId().map(id::equals).orElse(false))
                .findFirst()
                .orElseThrow();
    }
}
