package vn.parindex.admin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import vn.parindex.audit.AuditTrail;
import vn.parindex.audit.AuditVerification;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.Role;
import vn.parindex.shared.ui.Card;
import vn.parindex.shared.ui.Formats;
import vn.parindex.shell.HomeCards;

/**
 * Warns the IT administrator on the home page when the latest verification of the audit trail (the
 * daily check or "Verify trail") found it broken; nothing while it is intact.
 */
@SpringComponent
class AuditHomeCards implements HomeCards {

    private final AuditTrail trail;

    AuditHomeCards(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public int order() {
        return 1;
    }

    @Override
    public List<Component> cardsFor(CurrentUser user) {
        if (!user.hasRole(Role.ADMIN)) {
            return List.of();
        }
        AuditVerification latest = trail.lastVerification().orElse(null);
        if (latest == null || latest.intact()) {
            return List.of();
        }
        UI ui = UI.getCurrent();
        Card card = new Card(ui.getTranslation("audit.card.title"));
        card.setId("home-audit-broken");
        card.line(ui.getTranslation(
                "audit.broken",
                ui.getTranslation(latest.problem().labelKey()),
                latest.eventId() == null ? "-" : String.valueOf(latest.eventId()),
                latest.chainSeq() == null ? "-" : String.valueOf(latest.chainSeq()),
                Formats.dateTime(latest.checkedAt(), ui.getLocale())));
        card.add(new RouterLink(ui.getTranslation("audit.card.open"), AuditView.class));
        return List.of(card);
    }
}
