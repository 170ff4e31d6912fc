package vn.parindex.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import vn.parindex.assessment.Progress;
import vn.parindex.assessment.Sheet;
import vn.parindex.shared.ui.Formats;

/** The line above the sheet: progress, evidence missing, the total as shown, the deadline and re-check marks. */
class SheetSummary extends HorizontalLayout {

    private final Span progressText = new Span();
    private final ProgressBar progressBar = new ProgressBar();
    private final Span evidenceText = new Span();
    private final Span totalText = new Span();
    private final Span deadlineText = new Span();
    private final Span recheckText = new Span();
    private final Component recheck;

    SheetSummary() {
        progressText.setId("sa-progress");
        progressBar.setWidth("8em");
        evidenceText.setId("sa-evidence-missing");
        totalText.setId("sa-total");
        deadlineText.setId("sa-deadline");
        recheckText.setId("sa-recheck-count");
        recheckText.addClassName("sa-warning");
        recheck = labelled(VaadinIcon.REFRESH, recheckText);
        recheck.setVisible(false);
        add(
                labelled(VaadinIcon.TASKS, progressText),
                progressBar,
                labelled(VaadinIcon.PAPERCLIP, evidenceText),
                labelled(VaadinIcon.CALC, totalText),
                labelled(VaadinIcon.CLOCK, deadlineText),
                recheck);
        addClassName("sa-summary");
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        setWidthFull();
    }

    private static Component labelled(VaadinIcon icon, Span text) {
        Span wrapper = new Span(icon.create(), text);
        wrapper.addClassName("sa-summary-item");
        return wrapper;
    }

    /** The figures of the sheet with its unsaved edits. */
    void show(SheetDraft draft) {
        Sheet sheet = draft.sheet();
        Progress progress = draft.progress();
        progressText.setText(getTranslation("sa.progress", progress.scored(), progress.applicable()));
        progressBar.setValue(progress.applicable() == 0 ? 0 : (double) progress.scored() / progress.applicable());
        evidenceText.setText(getTranslation("sa.evidenceMissing", progress.evidenceMissing()));
        evidenceText.getElement().getClassList().set("sa-warning", progress.evidenceMissing() > 0);
        totalText.setText(getTranslation(
                "sa.total",
                Formats.score(sheet.grandTotal(draft.currentValues()), getLocale()),
                Formats.score(sheet.maximum(), getLocale())));
        Long days = sheet.daysLeft();
        if (days == null) {
            deadlineText.setText(getTranslation("sa.noDeadline"));
        } else {
            String date = Formats.date(sheet.deadline(), getLocale());
            deadlineText.setText(
                    days >= 0 ? getTranslation("sa.deadline", date, days) : getTranslation("sa.deadlinePassed", date));
            deadlineText.getElement().getClassList().set("sa-warning", days < 3);
        }
        long marked = draft.markedCount();
        recheckText.setText(marked == 0 ? "" : getTranslation("sa.recheckCount", marked));
        recheck.setVisible(marked > 0);
    }

    void clear() {
        progressText.setText("");
        evidenceText.setText("");
        totalText.setText("");
        deadlineText.setText("");
        recheckText.setText("");
        recheck.setVisible(false);
        progressBar.setValue(0);
    }
}
