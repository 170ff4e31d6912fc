package vn.parindex.ranking.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import vn.parindex.criteria.NodeLevel;
import vn.parindex.ranking.Contribution;
import vn.parindex.ranking.DetailLine;
import vn.parindex.ranking.RankExplanation;
import vn.parindex.ranking.UnitDetail;
import vn.parindex.ranking.UnitDetails;
import vn.parindex.ranking.UnitMove;
import vn.parindex.ranking.YearResult;
import vn.parindex.security.Role;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.ui.Formats;
import vn.parindex.shared.ui.Messages;

/**
 * One unit's result taken apart (reached from the block ranking): per area and criterion, and per
 * component on expand, its own score against the final one and last year's points through the
 * criteria mapping; its results over the years; why its rank moved. A focal point reads its own unit
 * once published; the service refuses anything else.
 */
@Route("ranking/unit")
@RolesAllowed({Role.Names.SECRETARIAT, Role.Names.COUNCIL_MEMBER, Role.Names.LEADER, Role.Names.FOCAL_POINT})
public class UnitDetailView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final transient UnitDetails details;
    private final H2 title = new H2();
    private final Div summary = new Div();
    private final Div problem = new Div();
    private final TreeGrid<DetailLine> lines = new TreeGrid<>();
    private final Grid<YearResult> history = new Grid<>();
    private final VerticalLayout explanation = new VerticalLayout();
    private final VerticalLayout content = new VerticalLayout();
    private transient UnitDetail detail;

    public UnitDetailView(UnitDetails details) {
        this.details = details;
        setId("unit-detail-view");
        addClassName("portal-page");
        title.setId("ud-title");
        summary.setId("ud-summary");
        summary.addClassName("ud-summary");
        problem.setId("ud-problem");

        lines.setId("ud-lines");
        lines.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        lines.addHierarchyColumn(line -> line.code() + " " + line.name(getLocale()))
                .setHeader(getTranslation("unitDetail.column.item"))
                .setFlexGrow(4)
                .setWidth("20rem")
                .setResizable(true);
        lines.addColumn(line -> line.applicable() ? score(line.maximum()) : getTranslation("unitDetail.notApplicable"))
                .setHeader(getTranslation("unitDetail.column.maximum"))
                .setAutoWidth(true);
        lines.addColumn(line -> line.survey() ? getTranslation("unitDetail.survey") : score(line.selfScore()))
                .setHeader(getTranslation("unitDetail.column.self"))
                .setAutoWidth(true);
        lines.addColumn(line -> score(line.finalScore()))
                .setHeader(getTranslation("unitDetail.column.final"))
                .setAutoWidth(true);
        lines.addColumn(line -> ResultTexts.signed(line.appraisalChange(), getLocale()))
                .setHeader(getTranslation("unitDetail.column.appraisalChange"))
                .setAutoWidth(true);
        lines.addColumn(line -> score(line.lastYear()))
                .setHeader(getTranslation("unitDetail.column.lastYear"))
                .setAutoWidth(true);
        lines.addColumn(line -> ResultTexts.signed(line.yearChange(), getLocale()))
                .setHeader(getTranslation("unitDetail.column.yearChange"))
                .setAutoWidth(true);
        lines.addColumn(line -> ResultTexts.mapping(this, line.mapping(), line.sourceCodes()))
                .setHeader(getTranslation("unitDetail.column.mapping"))
                .setFlexGrow(2);
        lines.addColumn(line -> line.explanation() == DetailLine.Explanation.NONE
                        ? ""
                        : getTranslation(line.explanation().labelKey()))
                .setHeader(getTranslation("unitDetail.column.explanation"))
                .setAutoWidth(true);
        lines.setPartNameGenerator(line -> line.level() == NodeLevel.AREA ? "ud-area" : null);
        lines.setHeight("28em");

        history.setId("ud-history");
        history.addThemeVariants(GridVariant.LUMO_COMPACT);
        history.setAllRowsVisible(true);
        history.addColumn(year -> String.valueOf(year.year())).setHeader(getTranslation("unitDetail.history.year"));
        history.addColumn(year -> score(year.index())).setHeader(getTranslation("unitDetail.history.index"));
        history.addColumn(year -> year.rank() == null ? getTranslation("unitDetail.notRanked") : year.rank())
                .setHeader(getTranslation("unitDetail.history.rank"));
        history.addColumn(year -> ResultTexts.change(this, year.change()))
                .setHeader(getTranslation("unitDetail.history.change"));
        history.addColumn(year -> year.band() == null ? "" : year.band().name(getLocale()))
                .setHeader(getTranslation("unitDetail.history.band"));
        history.addColumn(year -> getTranslation(year.published() ? "unitDetail.published" : "unitDetail.draft"))
                .setHeader(getTranslation("unitDetail.history.state"));

        explanation.setId("ud-explanation");
        explanation.setPadding(false);
        content.setPadding(false);
        content.add(
                new H3(getTranslation("unitDetail.breakdown")),
                lines,
                new H3(getTranslation("unitDetail.history")),
                history,
                explanation);
        add(title, summary, problem, content);
    }

    @Override
    public String getPageTitle() {
        return detail == null
                ? getTranslation("unitDetail.title")
                : getTranslation("unitDetail.pageTitle", detail.unitName(getLocale()), String.valueOf(detail.year()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        Optional<Long> period = number(query, "period");
        Optional<Long> unit = number(query, "unit");
        if (period.isEmpty() || unit.isEmpty()) {
            showProblem(getTranslation("unitDetail.choose"));
            return;
        }
        try {
            show(details.detail(period.get(), unit.get()));
        } catch (BusinessRuleException refusal) {
            showProblem(Messages.of(this, refusal));
        } catch (AccessDeniedException denied) {
            showProblem(getTranslation("unitDetail.denied"));
        }
    }

    private void show(UnitDetail shown) {
        detail = shown;
        problem.setText("");
        content.setVisible(true);
        title.setText(
                getTranslation("unitDetail.pageTitle", shown.unitName(getLocale()), String.valueOf(shown.year())));
        summary.removeAll();
        if (shown.result() != null) {
            var row = shown.result();
            summary.add(fact("ud-rank", getTranslation("unitDetail.rank"), String.valueOf(row.rank())));
            summary.add(fact("ud-index", getTranslation("unitDetail.index"), score(row.index())));
            summary.add(fact("ud-change", getTranslation("unitDetail.change"), ResultTexts.change(this, row.change())));
            summary.add(fact(
                    "ud-band",
                    getTranslation("unitDetail.band"),
                    row.band() == null ? "" : row.band().name(getLocale())));
        } else if (shown.unranked() != null) {
            summary.add(fact(
                    "ud-rank",
                    getTranslation("unitDetail.rank"),
                    getTranslation(shown.unranked().reason().labelKey())));
        }
        summary.add(fact(
                "ud-points",
                getTranslation("unitDetail.points"),
                getTranslation("unitDetail.pointsOf", score(shown.total()), score(shown.maximum()))));
        summary.add(fact("ud-self", getTranslation("unitDetail.selfTotal"), score(shown.selfTotal())));
        summary.add(fact(
                "ud-state",
                getTranslation("unitDetail.state"),
                getTranslation(shown.published() ? "unitDetail.published" : "unitDetail.draft")));

        lines.setItems(shown.lines(), DetailLine::children);
        lines.expand(shown.lines());
        history.setItems(shown.history());
        showExplanation(shown.explanation());
    }

    private void showExplanation(RankExplanation why) {
        explanation.removeAll();
        explanation.add(new H3(getTranslation("explain.title")));
        if (why == null || !why.comparable()) {
            Paragraph none = new Paragraph(getTranslation("explain.noPrevious"));
            none.setId("ud-explain-none");
            explanation.add(none);
            return;
        }
        Paragraph headline = new Paragraph(getTranslation(
                "explain.headline",
                score(why.index()),
                String.valueOf(why.year()),
                score(why.previousIndex()),
                String.valueOf(why.previousYear()),
                ResultTexts.signed(why.indexChange(), getLocale())));
        headline.setId("ud-explain-headline");
        explanation.add(headline);
        explanation.add(contributions("ud-explain-areas", "explain.areas", why.areas()));
        explanation.add(contributions("ud-explain-criteria", "explain.criteria", why.criteria()));
        explanation.add(moves("ud-overtook", "explain.overtook", why.overtook()));
        explanation.add(moves("ud-overtaken", "explain.overtakenBy", why.overtakenBy()));
    }

    private Grid<Contribution> contributions(String id, String headerKey, List<Contribution> rows) {
        Grid<Contribution> grid = new Grid<>();
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(row -> ResultTexts.label(row, getLocale()))
                .setHeader(getTranslation(headerKey))
                .setFlexGrow(4);
        grid.addColumn(row -> score(row.points())).setHeader(getTranslation("explain.points"));
        grid.addColumn(row -> score(row.previousPoints())).setHeader(getTranslation("explain.previousPoints"));
        grid.addColumn(row -> ResultTexts.signed(row.indexPoints(), getLocale()))
                .setHeader(getTranslation("explain.indexPoints"));
        grid.addColumn(row -> ResultTexts.kind(this, row))
                .setHeader(getTranslation("explain.what"))
                .setFlexGrow(2);
        grid.setPartNameGenerator(row ->
                row.indexPoints().signum() > 0 ? "ud-up" : row.indexPoints().signum() < 0 ? "ud-down" : null);
        grid.setItems(rows);
        return grid;
    }

    private Paragraph moves(String id, String key, List<UnitMove> moves) {
        String names = moves.isEmpty()
                ? getTranslation("explain.nobody")
                : moves.stream()
                        .map(move -> getTranslation(
                                "explain.move", move.name(getLocale()), move.previousRank(), move.rank()))
                        .collect(Collectors.joining("; "));
        Paragraph paragraph = new Paragraph(getTranslation(key) + " " + names);
        paragraph.setId(id);
        return paragraph;
    }

    private HorizontalLayout fact(String id, String label, String value) {
        Span caption = new Span(label);
        caption.addClassName("ud-fact-label");
        Span shown = new Span(value);
        shown.setId(id);
        shown.addClassName("ud-fact-value");
        HorizontalLayout fact = new HorizontalLayout(caption, shown);
        fact.addClassName("ud-fact");
        fact.setSpacing(false);
        return fact;
    }

    private void showProblem(String text) {
        detail = null;
        content.setVisible(false);
        title.setText(getTranslation("unitDetail.title"));
        problem.setText(text);
        problem.addClassName("ud-problem");
        lines.setItems(List.of(), line -> List.of());
        history.setItems(List.of());
        explanation.removeAll();
        summary.removeAll();
    }

    private String score(java.math.BigDecimal value) {
        return Formats.score(value, getLocale());
    }

    private static Optional<Long> number(QueryParameters query, String name) {
        return query.getSingleParameter(name).flatMap(value -> {
            try {
                return Optional.of(Long.parseLong(value));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }
}
