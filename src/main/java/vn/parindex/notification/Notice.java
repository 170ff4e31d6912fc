package vn.parindex.notification;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What to tell recipients. The kind chooses the texts; the arguments fill them in, each in the
 * recipient's language: {@link Localized} picks its form, a {@code LocalDate} and a {@code BigDecimal}
 * are formatted for the language, null shows as a dash.
 *
 * @param periodId the period it is about
 * @param unitId the unit it is about, or null
 * @param link the page in the portal to open, relative to its address (for example
 *     {@code self-assessment?period=12}); empty for the home page
 */
public record Notice(NotificationKind kind, long periodId, Long unitId, String link, List<Object> arguments) {

    public Notice {
        link = link == null ? "" : link;
        arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
    }
}
