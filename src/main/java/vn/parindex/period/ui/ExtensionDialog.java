package vn.parindex.period.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Comparator;
import java.util.List;
import vn.parindex.organization.UnitSummary;
import vn.parindex.period.PeriodAdministration;
import vn.parindex.period.PeriodSummary;
import vn.parindex.period.Phase;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.TextLimits;
import vn.parindex.shared.ui.Messages;
import vn.parindex.shared.ui.Notifications;

/** Grants one unit a later deadline for one phase, with the reason. */
class ExtensionDialog extends Dialog {

    ExtensionDialog(
            PeriodAdministration administration, PeriodSummary period, List<UnitSummary> units, Runnable onSaved) {
        setHeaderTitle(getTranslation("periods.extend"));
        setId("extension-dialog");
        ComboBox<UnitSummary> unit = new ComboBox<>(getTranslation("periods.unit"));
        unit.setId("extension-unit");
        unit.setItems(units.stream()
                .filter(UnitSummary::active)
                .sorted(Comparator.comparing(UnitSummary::shortName))
                .toList());
        unit.setItemLabelGenerator(item -> item.shortName() + " – " + item.name(getLocale()));
        Select<Phase> phase = new Select<>();
        phase.setLabel(getTranslation("periods.phase"));
        phase.setItems(Phase.values());
        phase.setItemLabelGenerator(item -> getTranslation(item.labelKey()));
        phase.setValue(period.phase() == Phase.PREPARATION ? Phase.SELF_ASSESSMENT : period.phase());
        DatePicker deadline = new DatePicker(getTranslation("periods.newDeadline"));
        deadline.setId("extension-deadline");
        deadline.setLocale(getLocale());
        TextArea reason = new TextArea(getTranslation("periods.reason"));
        reason.setId("extension-reason");
        reason.setMaxLength(TextLimits.REASON);
        FormLayout form = new FormLayout(unit, phase, deadline, reason);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        Button save = new Button(getTranslation("action.save"), event -> {
            if (unit.getValue() == null) {
                unit.setErrorMessage(getTranslation("periods.unitRequired"));
                unit.setInvalid(true);
                return;
            }
            try {
                administration.extendDeadline(
                        period.id(), unit.getValue().id(), phase.getValue(), deadline.getValue(), reason.getValue());
                Notifications.success(getTranslation("periods.extended"));
                close();
                onSaved.run();
            } catch (BusinessRuleException refusal) {
                Notifications.error(Messages.of(this, refusal));
            }
        });
        save.setId("save-extension");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), event -> close()), save);
        setWidth("520px");
    }
}
