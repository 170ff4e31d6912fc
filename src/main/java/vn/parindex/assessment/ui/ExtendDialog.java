package vn.parindex.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import vn.parindex.assessment.OverviewRow;
import vn.parindex.period.PeriodAdministration;
import vn.parindex.period.Phase;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.TextLimits;
import vn.parindex.shared.ui.Messages;
import vn.parindex.shared.ui.Notifications;

/** Grants one unit a later self-assessment deadline, with the reason (audited by the period module). */
class ExtendDialog extends Dialog {

    ExtendDialog(PeriodAdministration administration, long periodId, OverviewRow row, Runnable onDone) {
        setId("extend-dialog");
        setHeaderTitle(getTranslation("overview.extend.title", row.unit().shortName()));
        DatePicker deadline = new DatePicker(getTranslation("periods.newDeadline"));
        deadline.setId("extend-deadline");
        deadline.setLocale(getLocale());
        deadline.setValue(row.deadline());
        TextArea reason = new TextArea(getTranslation("periods.reason"));
        reason.setId("extend-reason");
        reason.setMaxLength(TextLimits.REASON);
        FormLayout form = new FormLayout(deadline, reason);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        Button save = new Button(getTranslation("action.save"), event -> {
            try {
                administration.extendDeadline(
                        periodId, row.unit().id(), Phase.SELF_ASSESSMENT, deadline.getValue(), reason.getValue());
                Notifications.success(getTranslation("periods.extended"));
                close();
                onDone.run();
            } catch (BusinessRuleException refusal) {
                Notifications.error(Messages.of(this, refusal));
            }
        });
        save.setId("extend-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), event -> close()), save);
        setWidth("480px");
    }
}
