package vn.parindex.appraisal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.List;
import vn.parindex.appraisal.BlockDecisionStatus;
import vn.parindex.appraisal.BlockResultRow;
import vn.parindex.appraisal.BlockVoteSummary;
import vn.parindex.appraisal.CouncilVoteChoice;
import vn.parindex.appraisal.CouncilVoteRow;
import vn.parindex.appraisal.CouncilVotes;
import vn.parindex.period.PeriodSummary;
import vn.parindex.period.Phase;
import vn.parindex.security.CurrentUserService;
import vn.parindex.security.Role;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.TextLimits;
import vn.parindex.shared.ui.Formats;
import vn.parindex.shared.ui.Messages;
import vn.parindex.shared.ui.Notifications;

/**
 * The council's vote on each block's results: members see a ready block's draft results and vote;
 * the secretariat follows the state and every vote, and is sent to the ranking page to publish an approved block.
 */
@Route("appraisal/vote")
@Menu(title = "menu.vote", order = 32, icon = "vaadin:gavel")
@RolesAllowed({Role.Names.COUNCIL_MEMBER, Role.Names.SECRETARIAT})
public class CouncilVoteView extends VerticalLayout
        implements HasDynamicTitle, com.vaadin.flow.router.BeforeEnterObserver {

    private final transient CouncilVotes votes;
    private final boolean member;
    private final boolean secretariat;
    private final Select<PeriodSummary> period = new Select<>();
    private final Grid<BlockVoteSummary> blocks = new Grid<>();
    private final VerticalLayout detail = new VerticalLayout();

    public CouncilVoteView(CouncilVotes votes, CurrentUserService currentUser) {
        this.votes = votes;
        var me = currentUser.require();
        this.member = me.hasRole(Role.COUNCIL_MEMBER);
        this.secretariat = me.hasRole(Role.SECRETARIAT);
        setId("vote-view");
        addClassName("portal-page");

        period.setId("vote-period");
        period.setLabel(getTranslation("criteria.period"));
        period.setItemLabelGenerator(
                item -> item.year() + " · " + getTranslation(item.phase().labelKey()));
        List<PeriodSummary> periods = votes.periods();
        period.setItems(periods);

        blocks.setId("vote-blocks");
        blocks.addThemeVariants(GridVariant.LUMO_COMPACT);
        blocks.setAllRowsVisible(true);
        blocks.addColumn(b -> b.blockName(getLocale()))
                .setHeader(getTranslation("units.block"))
                .setTooltipGenerator(b -> b.blockName(getLocale()))
                .setFlexGrow(3);
        blocks.addColumn(b -> getTranslation(b.status().labelKey())).setHeader(getTranslation("vote.status"));
        blocks.addColumn(b -> getTranslation("vote.unitsDone", b.unitsDone(), b.units()))
                .setHeader(getTranslation("vote.units"));
        blocks.addColumn(b -> getTranslation("vote.unitsDone", b.unitsWithSurvey(), b.units()))
                .setHeader(getTranslation("vote.survey"));
        blocks.addColumn(b -> getTranslation(
                        "vote.approvals",
                        b.majority().approvals(),
                        b.majority().needed(),
                        b.majority().activeMembers()))
                .setHeader(getTranslation("vote.approvalsHeader"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        // Counts need little room, so the block's name and the approvals are not cut off.
        blocks.addColumn(BlockVoteSummary::rejections)
                .setHeader(getTranslation("vote.rejections"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        blocks.addColumn(BlockVoteSummary::abstentions)
                .setHeader(getTranslation("vote.abstentions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        if (member) {
            blocks.addColumn(b -> b.myVote() == null
                            ? getTranslation("vote.none")
                            : getTranslation(b.myVote().labelKey()))
                    .setHeader(getTranslation("vote.mine"));
        }
        blocks.asSingleSelect().addValueChangeListener(event -> showBlock(event.getValue()));
        detail.setPadding(false);
        detail.setId("vote-detail");

        add(new H2(getTranslation("vote.title")), period, blocks, detail);
        period.addValueChangeListener(event -> reload(null));
        periods.stream()
                .filter(p -> p.phase() == Phase.COUNCIL_APPROVAL)
                .findFirst()
                .or(() -> periods.stream().findFirst())
                .ifPresent(period::setValue);
        if (periods.isEmpty()) {
            Span none = new Span(getTranslation("vote.noPeriod"));
            none.setId("vote-no-period");
            add(none);
        }
    }

    /** Reloads the blocks, keeping the one shown (by id) selected. */
    private void reload(Long keepBlockId) {
        PeriodSummary selected = period.getValue();
        List<BlockVoteSummary> rows = selected == null ? List.of() : votes.blocks(selected.id());
        blocks.setItems(rows);
        detail.removeAll();
        rows.stream()
                .filter(b -> keepBlockId != null && b.blockId() == keepBlockId)
                .findFirst()
                .ifPresent(blocks::select);
    }

    private void showBlock(BlockVoteSummary block) {
        detail.removeAll();
        if (block == null) {
            return;
        }
        long periodId = period.getValue().id();
        H3 heading = new H3(block.blockName(getLocale()) + " · "
                + getTranslation(block.status().labelKey()));
        detail.add(heading);
        if (!block.ready()) {
            Span notReady = new Span(getTranslation("vote.notReadyYet", block.unitsDone(), block.units()));
            notReady.setId("vote-not-ready");
            detail.add(notReady);
        } else {
            detail.add(resultsGrid(votes.draft(periodId, block.blockId())));
        }
        if (member
                && block.status() == BlockDecisionStatus.OPEN
                && period.getValue().phase() == Phase.COUNCIL_APPROVAL) {
            detail.add(voteForm(periodId, block));
        }
        if (secretariat) {
            detail.add(votesGrid(votes.votes(periodId, block.blockId())));
            if (block.status() == BlockDecisionStatus.APPROVED) {
                // Publication freezes the ranking: it is done on the ranking page (/ranking), which
                // takes the snapshot and marks this decision published in one step.
                Anchor publish = new Anchor();
                publish.setHref(String.format("ranking?period=%d&block=%d", periodId, block.blockId()));
                publish.setText(getTranslation("vote.publishOnRanking"));
                publish.setId("vote-publish-link");
                detail.add(publish);
            }
        }
    }

    private Grid<BlockResultRow> resultsGrid(List<BlockResultRow> rows) {
        Grid<BlockResultRow> grid = new Grid<>();
        grid.setId("vote-results");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(r -> r.unitName() + (r.notRanked() ? " (" + getTranslation("vote.notRanked") + ")" : ""))
                .setHeader(getTranslation("sa.unit"))
                .setFlexGrow(2);
        grid.addColumn(r -> score(r.finalScores())).setHeader(getTranslation("vote.result.final"));
        grid.addColumn(r -> score(r.survey())).setHeader(getTranslation("vote.result.survey"));
        grid.addColumn(r -> score(r.adjustments())).setHeader(getTranslation("vote.result.adjustments"));
        grid.addColumn(r -> score(r.total())).setHeader(getTranslation("vote.result.total"));
        grid.addColumn(r -> score(r.applicableMaximum())).setHeader(getTranslation("vote.result.maximum"));
        grid.setItems(rows);
        return grid;
    }

    private VerticalLayout voteForm(long periodId, BlockVoteSummary block) {
        RadioButtonGroup<CouncilVoteChoice> choice = new RadioButtonGroup<>(getTranslation("vote.choice"));
        choice.setId("vote-choice");
        choice.setItems(CouncilVoteChoice.values());
        choice.setItemLabelGenerator(c -> getTranslation(c.labelKey()));
        choice.setValue(block.myVote());
        TextArea comment = new TextArea(getTranslation("vote.comment"));
        comment.setId("vote-comment");
        comment.setMaxLength(TextLimits.REASON);
        comment.setWidthFull();
        comment.setValue(block.myComment() == null ? "" : block.myComment());
        Button save = new Button(getTranslation(block.myVote() == null ? "vote.cast" : "vote.change"));
        save.setId("vote-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> {
            try {
                BlockDecisionStatus status = votes.vote(
                        periodId, block.blockId(), choice.getValue(), comment.getValue(), block.myVoteVersion());
                Notifications.success(
                        getTranslation(status == BlockDecisionStatus.APPROVED ? "vote.savedApproved" : "vote.saved"));
                reload(block.blockId());
            } catch (BusinessRuleException refusal) {
                Notifications.error(Messages.of(this, refusal));
            }
        });
        VerticalLayout form = new VerticalLayout(choice, comment, save);
        form.setPadding(false);
        form.setId("vote-form");
        return form;
    }

    private Grid<CouncilVoteRow> votesGrid(List<CouncilVoteRow> rows) {
        Grid<CouncilVoteRow> grid = new Grid<>();
        grid.setId("vote-votes");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(CouncilVoteRow::memberName).setHeader(getTranslation("vote.member"));
        grid.addColumn(v -> getTranslation(v.vote().labelKey())
                        + (v.counted() ? "" : " (" + getTranslation("vote.notCounted") + ")"))
                .setHeader(getTranslation("vote.choice"));
        grid.addColumn(v -> v.comment() == null ? "" : v.comment())
                .setHeader(getTranslation("vote.comment"))
                .setFlexGrow(3);
        grid.addColumn(v -> Formats.dateTime(v.votedAt(), getLocale())).setHeader(getTranslation("vote.at"));
        grid.setItems(rows);
        return grid;
    }

    private String score(BigDecimal value) {
        return Formats.score(value, getLocale());
    }

    /** A link may name the period (the member's home card does): {@code ?period=<id>}. */
    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter("period")
                .ifPresent(wanted -> period.getListDataView()
                        .getItems()
                        .filter(candidate -> String.valueOf(candidate.id()).equals(wanted))
                        .findFirst()
                        .ifPresent(period::setValue));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("vote.title");
    }
}
