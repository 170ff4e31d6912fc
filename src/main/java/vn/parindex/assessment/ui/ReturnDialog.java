package vn.parindex.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import vn.parindex.assessment.OverviewRow;
import vn.parindex.assessment.SelfAssessments;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.TextLimits;
import vn.parindex.shared.ui.Messages;
import vn.parindex.shared.ui.Notifications;

/** Gives a submitted assessment back to its unit with the reason the unit will read. */
class ReturnDialog extends Dialog {

    ReturnDialog(SelfAssessments assessments, OverviewRow row, Runnable onDone) {
        setId("return-dialog");
        setHeaderTitle(getTranslation("overview.return.title", row.unit().shortName()));
        add(new Paragraph(getTranslation("overview.return.text")));
        TextArea reason = new TextArea(getTranslation("periods.reason"));
        reason.setId("return-reason");
        reason.setWidthFull();
        reason.setMaxLength(TextLimits.REASON);
        add(reason);
        Button confirm = new Button(getTranslation("overview.return"), event -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("assessment.return.reasonRequired"));
                reason.setInvalid(true);
                return;
            }
            try {
                assessments.returnToUnit(row.assessmentId(), row.version(), reason.getValue());
                Notifications.success(
                        getTranslation("overview.returned", row.unit().shortName()));
                close();
            } catch (BusinessRuleException refusal) {
                Notifications.error(Messages.of(this, refusal));
            }
            onDone.run();
        });
        confirm.setId("return-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), event -> close()), confirm);
        setWidth("520px");
    }
}
