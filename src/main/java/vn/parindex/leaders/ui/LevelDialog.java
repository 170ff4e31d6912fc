package vn.parindex.leaders.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import vn.parindex.leaders.ClassificationEntry;
import vn.parindex.leaders.LeaderClassifications;
import vn.parindex.leaders.LeaderTextLimits;
import vn.parindex.leaders.Level;

/** Sets a head's final level; a level outside the rules asks for the justification. */
class LevelDialog extends Dialog {

    LevelDialog(LeadersView view, LeaderClassifications classifications, ClassificationEntry entry) {
        setId("leaders-level-dialog");
        setHeaderTitle(
                entry.headName() == null
                        ? entry.unitName(getLocale())
                        : entry.headName() + " · " + entry.unitName(getLocale()));
        Paragraph proposed = new Paragraph(getTranslation("leaders.proposed") + ": "
                + getTranslation(entry.proposedLevel().labelKey()));
        Select<Level> level = new Select<>();
        level.setId("leaders-level");
        level.setLabel(getTranslation("leaders.final"));
        level.setItems(Level.values());
        level.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        level.setValue(entry.finalLevel());
        level.setWidthFull();
        TextArea justification = new TextArea(getTranslation("leaders.justification"));
        justification.setId("leaders-justification");
        justification.setMaxLength(LeaderTextLimits.JUSTIFICATION);
        justification.setWidthFull();
        justification.setValue(entry.justification() == null ? "" : entry.justification());
        add(proposed, level, justification);
        Button save = new Button(getTranslation("leaders.save"), event -> {
            if (view.run(
                    () -> classifications.setLevel(
                            entry.id(), level.getValue(), justification.getValue(), entry.version()),
                    "leaders.saved")) {
                close();
            }
        });
        save.setId("leaders-level-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("leaders.cancel"), event -> close()), save);
        setWidth("34em");
    }
}
