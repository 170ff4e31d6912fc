package vn.parindex.leaders.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import vn.parindex.leaders.ClassificationEntry;
import vn.parindex.leaders.LeaderClassifications;
import vn.parindex.leaders.LeaderTextLimits;

/** A head's discipline in the year (with the decision's number) and months of absence. */
class FlagsDialog extends Dialog {

    FlagsDialog(LeadersView view, LeaderClassifications classifications, ClassificationEntry entry) {
        setId("leaders-flags-dialog");
        setHeaderTitle(getTranslation("leaders.flags") + " · " + entry.unitName(getLocale()));
        Checkbox disciplined = new Checkbox(getTranslation("leaders.disciplined"), entry.disciplined());
        disciplined.setId("leaders-disciplined");
        TextField reference = new TextField(getTranslation("leaders.disciplineRef"));
        reference.setId("leaders-discipline-ref");
        reference.setMaxLength(LeaderTextLimits.DISCIPLINE_REF);
        reference.setWidthFull();
        reference.setValue(entry.disciplineRef() == null ? "" : entry.disciplineRef());
        IntegerField absence = new IntegerField(getTranslation("leaders.absence"));
        absence.setId("leaders-absence");
        absence.setMin(0);
        absence.setMax(12);
        absence.setStepButtonsVisible(true);
        absence.setValue(entry.absenceMonths());
        add(disciplined, reference, absence);
        Button save = new Button(getTranslation("leaders.save"), event -> {
            int months = absence.getValue() == null ? 0 : absence.getValue();
            if (view.run(
                    () -> classifications.setFlags(
                            entry.id(), disciplined.getValue(), reference.getValue(), months, entry.version()),
                    "leaders.saved")) {
                close();
            }
        });
        save.setId("leaders-flags-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("leaders.cancel"), event -> close()), save);
        setWidth("30em");
    }
}
