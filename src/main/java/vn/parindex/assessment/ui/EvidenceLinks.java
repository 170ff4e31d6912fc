package vn.parindex.assessment.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import java.io.Serializable;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import vn.parindex.assessment.EvidenceSummary;
import vn.parindex.assessment.ItemState;
import vn.parindex.assessment.Sheet;
import vn.parindex.criteria.ScoreRule;

/** Which entries of the unit's library an item links to; a choice made by the user is handed on as a whole. */
class EvidenceLinks extends Div {

    /** Receives the evidence ids the user chose for the item. */
    interface Listener extends Consumer<Set<Long>>, Serializable {}

    EvidenceLinks(Sheet sheet, ScoreRule rule, ItemState item, boolean editable, Listener onChosen) {
        MultiSelectComboBox<EvidenceSummary> links = new MultiSelectComboBox<>(getTranslation("sa.editor.evidence"));
        links.setId("item-evidence");
        links.setWidthFull();
        links.setItems(sheet.library());
        links.setItemLabelGenerator(EvidencePanel::label);
        links.setValue(sheet.library().stream()
                .filter(entry -> item.evidenceIds().contains(entry.id()))
                .collect(Collectors.toSet()));
        links.setReadOnly(!editable);
        links.setHelperText(
                sheet.library().isEmpty()
                        ? getTranslation("sa.editor.libraryEmpty")
                        : rule.evidenceRequired() ? getTranslation("sa.editor.evidenceRequired") : null);
        links.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                onChosen.accept(
                        event.getValue().stream().map(EvidenceSummary::id).collect(Collectors.toSet()));
            }
        });
        add(links);
        setWidthFull();
    }
}
