package vn.parindex.support;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import java.util.List;

public final class UiAssertions {

    private UiAssertions() {}

    /** Texts of the notifications currently shown. */
    public static List<String> notificationTexts() {
        return NotificationsKt.getNotifications().stream()
                .map(notification -> notification.getElement().getProperty("text"))
                .toList();
    }
}
