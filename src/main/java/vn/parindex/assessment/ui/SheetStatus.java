package vn.parindex.assessment.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import vn.parindex.assessment.AssessmentStatus;
import vn.parindex.assessment.Sheet;
import vn.parindex.shared.ui.Formats;

/** Beside the sheet's title: its status, who submitted it, why it was returned, why it is read only. */
class SheetStatus extends Div {

    SheetStatus() {
        setClassName("sa-status");
    }

    void show(Sheet sheet) {
        removeAll();
        Span badge = new Span(getTranslation(sheet.status().labelKey()));
        badge.setId("sa-status-badge");
        badge.getElement().getThemeList().add("badge pill");
        if (sheet.status() == AssessmentStatus.SUBMITTED) {
            badge.getElement().getThemeList().add("success");
        }
        add(badge);
        if (sheet.submittedAt() != null && sheet.status() == AssessmentStatus.SUBMITTED) {
            add(new Span(getTranslation(
                    "sa.submittedBy", sheet.submittedBy(), Formats.dateTime(sheet.submittedAt(), getLocale()))));
        }
        if (sheet.returnedReason() != null && sheet.status() != AssessmentStatus.SUBMITTED) {
            Span returned = new Span(getTranslation("sa.returned", sheet.returnedReason()));
            returned.setId("sa-returned");
            returned.addClassName("sa-warning");
            add(returned);
        }
        if (!sheet.editable()) {
            Span locked = new Span(getTranslation(sheet.lockReason()));
            locked.addComponentAsFirst(VaadinIcon.LOCK.create());
            locked.setId("sa-locked");
            locked.addClassName("sa-locked");
            add(locked);
        }
    }

    /** A message in place of a sheet (no period, no unit chosen, refused). */
    void showMessage(String message) {
        removeAll();
        add(new Span(message));
    }
}
