package vn.parindex.criteria.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import vn.parindex.criteria.CriteriaCatalog;
import vn.parindex.criteria.CriteriaEditor;
import vn.parindex.criteria.CriteriaNodeView;
import vn.parindex.criteria.CriteriaTree;
import vn.parindex.criteria.MappingKind;
import vn.parindex.criteria.NodeLevel;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.organization.UnitSummary;
import vn.parindex.period.PeriodDirectory;
import vn.parindex.period.PeriodSummary;

/**
 * Below a saved node's form: the units it does not apply to and which node(s) of the previous
 * year's set it continues, each saved on its own.
 */
class NodeExtras extends VerticalLayout {

    private final transient CriteriaEditor editor;
    private final transient CriteriaCatalog catalog;
    private final transient PeriodDirectory periods;
    private final transient OrganizationDirectory organization;
    /** Runs a change the way the form does (notification, the reason's refusal at its field). */
    private final Consumer<Runnable> run;

    private final Supplier<String> reason;
    private final Select<MappingKind> mapping = new Select<>();
    private final MultiSelectComboBox<CriteriaNodeView> sources = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<UnitSummary> notApplicable = new MultiSelectComboBox<>();

    private CriteriaTree tree;
    private CriteriaNodeView node;

    NodeExtras(
            CriteriaEditor editor,
            CriteriaCatalog catalog,
            PeriodDirectory periods,
            OrganizationDirectory organization,
            Consumer<Runnable> run,
            Supplier<String> reason) {
        this.editor = editor;
        this.catalog = catalog;
        this.periods = periods;
        this.organization = organization;
        this.run = run;
        this.reason = reason;
        setPadding(false);
        mapping.setLabel(getTranslation("criteria.mapping"));
        mapping.setId("node-mapping");
        mapping.setItems(MappingKind.values());
        mapping.setItemLabelGenerator(item -> getTranslation(item.labelKey()));
        sources.setLabel(getTranslation("criteria.sources"));
        sources.setItemLabelGenerator(item -> item.code() + " " + item.name(getLocale()));
        sources.setWidthFull();
        notApplicable.setLabel(getTranslation("criteria.notApplicableTo"));
        notApplicable.setId("node-not-applicable");
        notApplicable.setItemLabelGenerator(UnitSummary::shortName);
        notApplicable.setWidthFull();
    }

    /** Shows what belongs to the node (nothing for none or a new one). */
    void show(CriteriaTree tree, CriteriaNodeView node) {
        this.tree = tree;
        this.node = node;
        removeAll();
        if (node == null || tree == null) {
            return;
        }
        boolean editable = !tree.phase().criteriaFrozen();
        if (node.level() != NodeLevel.ADJUSTMENT) {
            List<UnitSummary> blockUnits = organization.units().stream()
                    .filter(unit -> unit.blockId() == tree.blockId())
                    .sorted(Comparator.comparingInt(UnitSummary::sortOrder))
                    .toList();
            notApplicable.setItems(blockUnits);
            notApplicable.setValue(blockUnits.stream()
                    .filter(unit -> !tree.applicable(node.id(), unit.id()))
                    .collect(Collectors.toSet()));
            notApplicable.setReadOnly(!editable);
            add(notApplicable);
            if (editable) {
                Button saveApplicability = new Button(
                        getTranslation("criteria.saveApplicability"), event -> saveApplicability(blockUnits));
                saveApplicability.setId("node-save-applicability");
                add(saveApplicability);
            }
        }
        PeriodSummary period = periods.period(tree.periodId());
        if (period.previousPeriodId() != null) {
            catalog.set(period.previousPeriodId(), tree.blockId()).ifPresent(previous -> {
                List<CriteriaNodeView> candidates = catalog.tree(previous.setId()).allNodes().stream()
                        .filter(candidate -> candidate.level() == node.level())
                        .toList();
                sources.setItems(candidates);
                sources.setValue(candidates.stream()
                        .filter(candidate -> node.sourceIds().contains(candidate.id()))
                        .collect(Collectors.toSet()));
                mapping.setValue(node.mapping());
                mapping.setReadOnly(!editable);
                sources.setReadOnly(!editable);
                Span title = new Span(getTranslation("criteria.mappingTitle", period.year() - 1));
                title.addClassName("portal-card-title");
                add(title, mapping, sources);
                if (editable) {
                    Button saveMapping = new Button(
                            getTranslation("criteria.saveMapping"),
                            event -> run.accept(() -> editor.setMapping(
                                    node.id(),
                                    mapping.getValue(),
                                    sources.getValue().stream()
                                            .map(CriteriaNodeView::id)
                                            .collect(Collectors.toSet()))));
                    saveMapping.setId("node-save-mapping");
                    add(saveMapping);
                }
            });
        }
    }

    /** Units whose applicability changes and who entered something below the node are listed before confirming. */
    private void saveApplicability(List<UnitSummary> blockUnits) {
        Set<UnitSummary> excluded = notApplicable.getValue();
        Set<Long> changing = blockUnits.stream()
                .filter(unit -> tree.applicable(node.id(), unit.id()) == excluded.contains(unit))
                .map(UnitSummary::id)
                .collect(Collectors.toSet());
        Map<Long, Boolean> applicability =
                blockUnits.stream().collect(Collectors.toMap(UnitSummary::id, unit -> !excluded.contains(unit)));
        List<String> touched = changing.isEmpty() ? List.of() : editor.applicabilityImpact(node.id(), changing);
        ApplicabilityConfirm.ask(
                this,
                touched,
                () -> run.accept(() -> editor.setApplicability(node.id(), applicability, reason.get())),
                () -> {});
    }
}
