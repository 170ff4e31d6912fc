package vn.parindex.criteria.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Comparator;
import java.util.Set;
import vn.parindex.criteria.CriteriaEditor;
import vn.parindex.criteria.CriteriaNodeView;
import vn.parindex.criteria.CriteriaTree;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.organization.UnitSummary;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.TextLimits;
import vn.parindex.shared.ui.Formats;
import vn.parindex.shared.ui.Messages;
import vn.parindex.shared.ui.Notifications;

/** Which areas apply to which unit of the block, with each unit's maximum; the secretariat changes them here. */
class ApplicabilityGrid extends VerticalLayout {

    private final transient CriteriaEditor editor;
    private final transient OrganizationDirectory organization;
    private final Runnable onChange;
    private final Grid<UnitSummary> applicability = new Grid<>();
    private final TextField applicabilityReason = new TextField();

    private CriteriaTree tree;

    ApplicabilityGrid(CriteriaEditor editor, OrganizationDirectory organization, Runnable onChange) {
        this.editor = editor;
        this.organization = organization;
        this.onChange = onChange;
        applicability.setId("applicability-grid");
        applicability.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        applicability.setSizeFull();
        applicabilityReason.setId("applicability-reason");
        applicabilityReason.setLabel(getTranslation("criteria.reason"));
        applicabilityReason.setWidth("30em");
        applicabilityReason.setMaxLength(TextLimits.REASON);
        add(applicabilityReason, applicability);
        setPadding(false);
        setSizeFull();
    }

    /** Shows the set's areas per unit; {@code editable} when the caller may change them now. */
    void show(CriteriaTree tree, boolean editable) {
        this.tree = tree;
        applicability.removeAllColumns();
        applicability
                .addColumn(UnitSummary::shortName)
                .setHeader(getTranslation("periods.unit"))
                .setAutoWidth(true)
                .setFrozen(true);
        applicabilityReason.setVisible(editable && tree.phase().criteriaChangesNeedReason());
        for (CriteriaNodeView area : tree.areas()) {
            applicability
                    .addComponentColumn(unit -> {
                        Checkbox applies = new Checkbox(tree.applicable(area.id(), unit.id()));
                        applies.setReadOnly(!editable);
                        applies.setAriaLabel(area.code() + " " + unit.shortName());
                        applies.addValueChangeListener(event -> {
                            if (event.isFromClient()) {
                                changeApplicability(area, unit, applies, event.getValue());
                            }
                        });
                        return applies;
                    })
                    .setHeader(area.code())
                    .setKey("applies-" + area.code())
                    .setAutoWidth(true)
                    .setFlexGrow(0)
                    .setTooltipGenerator(unit -> area.name(getLocale()));
        }
        applicability
                .addColumn(unit -> Formats.score(tree.maximumFor(unit.id()), getLocale()))
                .setHeader(getTranslation("criteria.unitMaximum"))
                .setAutoWidth(true);
        applicability.setItems(organization.units().stream()
                .filter(unit -> unit.blockId() == tree.blockId() && unit.active())
                .sorted(Comparator.comparingInt(UnitSummary::sortOrder))
                .toList());
    }

    /** A unit that entered something below the area is named before the change is confirmed. */
    private void changeApplicability(CriteriaNodeView area, UnitSummary unit, Checkbox applies, boolean applicable) {
        Runnable apply = () -> {
            try {
                editor.setApplicable(area.id(), unit.id(), applicable, applicabilityReason.getValue());
                onChange.run();
            } catch (BusinessRuleException refusal) {
                applies.setValue(!applicable);
                Notifications.error(Messages.of(this, refusal));
            }
        };
        ApplicabilityConfirm.ask(
                this,
                editor.applicabilityImpact(area.id(), Set.of(unit.id())),
                apply,
                () -> applies.setValue(!applicable));
    }
}
