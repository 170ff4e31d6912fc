package vn.parindex.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.Locale;
import vn.parindex.assessment.Sheet;
import vn.parindex.shared.ui.Formats;

/** The sheet's confirmations: leaving with unsaved edits, discarding them, submitting. */
final class SheetDialogs {

    private SheetDialogs() {}

    /** Asks before unsaved edits are lost; the caller adds what confirming and cancelling do. */
    static ConfirmDialog unsaved(Component owner, int edits) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("sa-unsaved-dialog");
        dialog.setHeader(owner.getTranslation("sa.unsaved.title"));
        dialog.setText(owner.getTranslation("sa.unsaved.text", edits));
        dialog.setCancelable(true);
        dialog.setCancelText(owner.getTranslation("sa.unsaved.stay"));
        dialog.setConfirmText(owner.getTranslation("sa.unsaved.leave"));
        dialog.setConfirmButtonTheme("error primary");
        return dialog;
    }

    static ConfirmDialog discard(Component owner, int edits, Runnable onDiscard) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("sa-discard-dialog");
        dialog.setHeader(owner.getTranslation("sa.discard"));
        dialog.setText(owner.getTranslation("sa.discardText", edits));
        dialog.setCancelable(true);
        dialog.setCancelText(owner.getTranslation("action.cancel"));
        dialog.setConfirmText(owner.getTranslation("sa.discard"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(event -> onDiscard.run());
        return dialog;
    }

    /** Says what is submitted (the stored total and how many items are scored) before it is. */
    static ConfirmDialog submit(Component owner, Locale locale, Sheet sheet, Runnable onSubmit) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("sa-submit-dialog");
        dialog.setHeader(owner.getTranslation("sa.submit.title"));
        dialog.setText(owner.getTranslation(
                "sa.submit.text",
                Formats.score(sheet.grandTotal(sheet.items()), locale),
                sheet.progress().scored()));
        dialog.setCancelable(true);
        dialog.setCancelText(owner.getTranslation("action.cancel"));
        dialog.setConfirmText(owner.getTranslation("sa.submit"));
        dialog.addConfirmListener(event -> onSubmit.run());
        return dialog;
    }
}
