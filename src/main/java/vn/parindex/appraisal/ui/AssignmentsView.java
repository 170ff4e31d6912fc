package vn.parindex.appraisal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.parindex.appraisal.AppraisalAssignments;
import vn.parindex.appraisal.AreaOption;
import vn.parindex.appraisal.AssignmentBoard;
import vn.parindex.appraisal.AssignmentRow;
import vn.parindex.appraisal.MemberLoad;
import vn.parindex.appraisal.UnitCoverage;
import vn.parindex.period.PeriodSummary;
import vn.parindex.security.CouncilMember;
import vn.parindex.security.Role;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.TextLimits;
import vn.parindex.shared.ui.Formats;
import vn.parindex.shared.ui.Messages;
import vn.parindex.shared.ui.Notifications;

/**
 * The secretariat's assignments: each unit's coverage and appraisal state (submitted, withdrawn or
 * resubmitted shows in the self-assessment overview), assigning members to a unit or one of its
 * areas, removing assignments, each member's workload, and marking a unit that did not submit as not
 * ranked.
 */
@Route("appraisal/assignments")
@Menu(title = "menu.appraisalAssignments", order = 16, icon = "vaadin:users")
@RolesAllowed(Role.Names.SECRETARIAT)
public class AssignmentsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final transient AppraisalAssignments assignments;
    private final Select<PeriodSummary> period = new Select<>();
    private final Grid<UnitCoverage> units = new Grid<>();
    private final Grid<AssignmentRow> rows = new Grid<>();
    private final Grid<MemberLoad> members = new Grid<>();
    private transient AssignmentBoard board;

    public AssignmentsView(AppraisalAssignments assignments) {
        this.assignments = assignments;
        setId("appraisal-assignments-view");
        addClassName("portal-page");
        setSizeFull();
        period.setId("as-period");
        period.setLabel(getTranslation("criteria.period"));
        period.setItemLabelGenerator(
                item -> item.year() + " · " + getTranslation(item.phase().labelKey()));
        period.addValueChangeListener(event -> refresh());

        units.setId("as-units");
        units.addColumn(row -> row.unit().shortName() + " – " + row.unit().name(getLocale()))
                .setHeader(getTranslation("sa.unit"))
                .setFlexGrow(3);
        units.addColumn(row -> row.submitted()
                        ? getTranslation("appraisal.queue.submitted") + " "
                                + Formats.dateTime(row.submittedAt(), getLocale())
                        : getTranslation("appraisal.queue.notSubmitted"))
                .setHeader(getTranslation("appraisal.queue.selfAssessment"));
        units.addColumn(row -> row.covered()
                        ? getTranslation("assignments.covered")
                        : getTranslation("assignments.partly", row.areasCovered(), row.areas()))
                .setHeader(getTranslation("assignments.coverage"));
        units.setPartNameGenerator(row -> row.submitted() && !row.covered() ? "as-uncovered" : null);
        units.addColumn(row -> String.join(", ", row.members()))
                .setHeader(getTranslation("assignments.members"))
                .setFlexGrow(2);
        units.addColumn(row -> getTranslation(row.status().labelKey())
                        + (row.notRanked() ? " · " + getTranslation("appraisal.notRanked", row.notRankedReason()) : ""))
                .setHeader(getTranslation("appraisal.queue.status"));
        units.addComponentColumn(row -> {
                    HorizontalLayout actions = new HorizontalLayout();
                    Button assign = new Button(getTranslation("assignments.assign"));
                    assign.setId("as-assign-" + row.unit().code());
                    assign.addClickListener(event -> openAssign(row));
                    actions.add(assign);
                    if (!row.submitted() && !row.notRanked()) {
                        Button notRanked = new Button(getTranslation("assignments.notRanked"));
                        notRanked.setId("as-not-ranked-" + row.unit().code());
                        notRanked.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                        notRanked.addClickListener(event -> openNotRanked(row));
                        actions.add(notRanked);
                    }
                    return actions;
                })
                .setFlexGrow(2);

        rows.setId("as-rows");
        rows.addColumn(AssignmentRow::memberName).setHeader(getTranslation("assignments.member"));
        rows.addColumn(row -> unitName(row.unitId())).setHeader(getTranslation("sa.unit"));
        rows.addColumn(row -> row.areaCode() == null ? getTranslation("assignments.wholeUnit") : row.areaCode())
                .setHeader(getTranslation("appraisal.area"));
        rows.addColumn(AssignmentRow::items).setHeader(getTranslation("assignments.items"));
        rows.addComponentColumn(row -> {
            Button remove = new Button(getTranslation("assignments.remove"));
            remove.setId("as-remove-" + row.id());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.addClickListener(event -> run(() -> assignments.unassign(row.id())));
            return remove;
        });

        members.setId("as-members");
        members.addColumn(load -> load.member().fullName()).setHeader(getTranslation("assignments.member"));
        members.addColumn(MemberLoad::units).setHeader(getTranslation("assignments.units"));
        members.addColumn(MemberLoad::items).setHeader(getTranslation("assignments.items"));

        add(
                new H2(getTranslation("assignments.title")),
                period,
                units,
                new H3(getTranslation("assignments.workload")),
                members,
                new H3(getTranslation("assignments.list")),
                rows);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("assignments.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<PeriodSummary> periods = assignments.periods();
        period.setItems(periods);
        if (!periods.isEmpty()) {
            period.setValue(periods.get(0));
        }
    }

    private void refresh() {
        if (period.getValue() == null) {
            return;
        }
        board = assignments.board(period.getValue().id());
        units.setItems(board.units());
        rows.setItems(board.assignments());
        members.setItems(board.members());
    }

    private String unitName(long unitId) {
        return board.units().stream()
                .filter(row -> row.unit().id() == unitId)
                .findFirst()
                .map(row -> row.unit().shortName())
                .orElse("#" + unitId);
    }

    private void openAssign(UnitCoverage row) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("assignments.assignTo", row.unit().name(getLocale())));
        ComboBox<CouncilMember> member = new ComboBox<>(getTranslation("assignments.member"));
        member.setId("as-member");
        member.setItems(assignments.members());
        member.setItemLabelGenerator(CouncilMember::fullName);
        Select<Optional<AreaOption>> area = new Select<>();
        area.setId("as-area");
        area.setLabel(getTranslation("appraisal.area"));
        List<Optional<AreaOption>> options = new ArrayList<>();
        options.add(Optional.empty());
        assignments.areas(period.getValue().id(), row.unit().id()).forEach(option -> options.add(Optional.of(option)));
        area.setItems(options);
        area.setItemLabelGenerator(option -> option.map(value -> value.code() + " – " + value.name(getLocale()))
                .orElse(getTranslation("assignments.wholeUnit")));
        area.setValue(Optional.empty());
        Button save = new Button(getTranslation("assignments.assign"));
        save.setId("as-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> {
            if (member.getValue() == null) {
                member.setInvalid(true);
                member.setErrorMessage(getTranslation("assignments.chooseMember"));
                return;
            }
            try {
                assignments.assign(
                        period.getValue().id(),
                        row.unit().id(),
                        member.getValue().id(),
                        area.getValue().map(AreaOption::id).orElse(null));
                dialog.close();
                Notifications.success(getTranslation("assignments.assigned"));
                refresh();
            } catch (BusinessRuleException refusal) {
                member.setInvalid(true);
                member.setErrorMessage(Messages.of(this, refusal));
            }
        });
        Button cancel = new Button(getTranslation("action.cancel"), event -> dialog.close());
        dialog.add(new VerticalLayout(member, area));
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    private void openNotRanked(UnitCoverage row) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(
                getTranslation("assignments.notRankedTitle", row.unit().name(getLocale())));
        TextArea reason = new TextArea(getTranslation("assignments.reason"));
        reason.setId("as-reason");
        reason.setMaxLength(TextLimits.REASON);
        reason.setWidthFull();
        Button save = new Button(getTranslation("assignments.notRanked"));
        save.setId("as-not-ranked-save");
        save.addThemeVariants(ButtonVariant.LUMO_ERROR);
        save.addClickListener(event -> {
            try {
                assignments.markNotRanked(period.getValue().id(), row.unit().id(), reason.getValue());
                dialog.close();
                refresh();
            } catch (BusinessRuleException refusal) {
                reason.setInvalid(true);
                reason.setErrorMessage(Messages.of(this, refusal));
            }
        });
        Button cancel = new Button(getTranslation("action.cancel"), event -> dialog.close());
        dialog.add(reason);
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    private void run(Runnable action) {
        try {
            action.run();
        } catch (BusinessRuleException refusal) {
            Notifications.error(Messages.of(this, refusal));
        }
        refresh();
    }
}
