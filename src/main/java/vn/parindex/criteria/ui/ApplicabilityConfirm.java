package vn.parindex.criteria.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.List;

/** Names the units that entered something where applicability changes, before the change is confirmed. */
final class ApplicabilityConfirm {

    private ApplicabilityConfirm() {}

    /** Applies at once when nobody entered anything; otherwise asks first, and {@code onCancel} undoes the choice. */
    static void ask(Component owner, List<String> touched, Runnable apply, Runnable onCancel) {
        if (touched.isEmpty()) {
            apply.run();
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("applicability-confirm");
        confirm.setHeader(owner.getTranslation("criteria.confirmApplicability"));
        confirm.setText(owner.getTranslation("criteria.applicabilityTouched", String.join(", ", touched)));
        confirm.setCancelable(true);
        confirm.setCancelText(owner.getTranslation("action.cancel"));
        confirm.setConfirmText(owner.getTranslation("action.confirm"));
        confirm.addConfirmListener(event -> apply.run());
        confirm.addCancelListener(event -> onCancel.run());
        confirm.open();
    }
}
