package vn.parindex.ranking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import vn.parindex.organization.BlockSummary;
import vn.parindex.period.PeriodSummary;
import vn.parindex.period.RankingBand;
import vn.parindex.ranking.AreaHeading;
import vn.parindex.ranking.BlockResults;
import vn.parindex.ranking.DecisionDetails;
import vn.parindex.ranking.PredecessorResult;
import vn.parindex.ranking.PublicationChange;
import vn.parindex.ranking.PublicationRef;
import vn.parindex.ranking.RankChange;
import vn.parindex.ranking.RankingExports;
import vn.parindex.ranking.RankingResults;
import vn.parindex.ranking.ResultPublications;
import vn.parindex.ranking.UnitResultRow;
import vn.parindex.ranking.UnrankedUnit;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.CurrentUserService;
import vn.parindex.security.Role;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.ConcurrentEditException;
import vn.parindex.shared.FileJobs;
import vn.parindex.shared.TextLimits;
import vn.parindex.shared.ui.BackgroundDownload;
import vn.parindex.shared.ui.Formats;
import vn.parindex.shared.ui.Messages;
import vn.parindex.shared.ui.Notifications;

/**
 * A block's results in a period: the draft (secretariat, council, leaders) or the latest publication,
 * ranked with change, points, index, band and area indexes; units not ranked apart with the reason;
 * the publication history. The secretariat publishes an approved block and corrects a published one
 * here. A focal point sees only their own unit's published row.
 */
@Route("ranking")
@Menu(title = "menu.ranking", order = 34, icon = "vaadin:trophy")
@RolesAllowed({Role.Names.SECRETARIAT, Role.Names.COUNCIL_MEMBER, Role.Names.LEADER, Role.Names.FOCAL_POINT})
public class RankingView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /**
     * Blocks up to this many ranked units show every row without a scroll bar; larger ones scroll
     * inside the grid, which fetches their rows page by page and keeps none of the others.
     */
    static final int ALL_ROWS_VISIBLE = 100;

    private final transient RankingResults results;
    private final transient ResultPublications publications;
    private final transient RankingExports exports;
    private final transient FileJobs fileJobs;
    private final boolean secretariat;
    private final boolean readsEveryUnit;
    private final Select<PeriodSummary> period = new Select<>();
    private final Select<BlockSummary> block = new Select<>();
    private final Span status = new Span();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final VerticalLayout content = new VerticalLayout();
    private boolean loading;

    public RankingView(
            RankingResults results,
            ResultPublications publications,
            RankingExports exports,
            FileJobs fileJobs,
            CurrentUserService currentUser) {
        this.results = results;
        this.publications = publications;
        this.exports = exports;
        this.fileJobs = fileJobs;
        CurrentUser me = currentUser.require();
        this.secretariat = me.hasRole(Role.SECRETARIAT);
        this.readsEveryUnit =
                me.hasRole(Role.SECRETARIAT) || me.hasRole(Role.COUNCIL_MEMBER) || me.hasRole(Role.LEADER);
        setId("ranking-view");
        addClassName("portal-page");

        period.setId("ranking-period");
        period.setLabel(getTranslation("criteria.period"));
        period.setItemLabelGenerator(
                p -> p.year() + " · " + getTranslation(p.phase().labelKey()));
        block.setId("ranking-block");
        block.setLabel(getTranslation("units.block"));
        block.setItemLabelGenerator(b -> b.name(getLocale()));
        block.setWidth("22em");
        status.setId("ranking-status");
        actions.setId("ranking-actions");
        content.setPadding(false);
        content.setId("ranking-content");

        HorizontalLayout pickers = new HorizontalLayout(period, block);
        pickers.setAlignItems(Alignment.BASELINE);
        add(new H2(getTranslation("ranking.title")), pickers, status, actions, content);
        period.addValueChangeListener(event -> {
            if (!loading) {
                loadBlocks(null);
            }
        });
        block.addValueChangeListener(event -> {
            if (!loading) {
                show();
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        String wantedPeriod = parameters.getSingleParameter("period").orElse("");
        String wantedBlock = parameters.getSingleParameter("block").orElse(null);
        List<PeriodSummary> periods = results.periods();
        loading = true;
        period.setItems(periods);
        loading = false;
        if (periods.isEmpty()) {
            Span none = new Span(getTranslation(readsEveryUnit ? "ranking.noPeriod" : "ranking.noPublished"));
            none.setId("ranking-none");
            content.removeAll();
            content.add(none);
            return;
        }
        PeriodSummary chosen = periods.stream()
                .filter(p -> String.valueOf(p.id()).equals(wantedPeriod))
                .findFirst()
                .orElse(periods.get(0));
        loading = true;
        period.setValue(chosen);
        loading = false;
        loadBlocks(wantedBlock);
    }

    private void loadBlocks(String wantedBlock) {
        PeriodSummary selected = period.getValue();
        List<BlockSummary> blocks = selected == null ? List.of() : results.blocks(selected.id());
        loading = true;
        block.setItems(blocks);
        loading = false;
        if (blocks.isEmpty()) {
            status.setText("");
            actions.removeAll();
            content.removeAll();
            Span none = new Span(getTranslation("ranking.noBlock"));
            none.setId("ranking-none");
            content.add(none);
            return;
        }
        BlockSummary chosen = blocks.stream()
                .filter(b -> String.valueOf(b.id()).equals(wantedBlock))
                .findFirst()
                .orElse(blocks.get(0));
        loading = true;
        block.setValue(chosen);
        loading = false;
        show();
    }

    private void show() {
        content.removeAll();
        actions.removeAll();
        PeriodSummary selectedPeriod = period.getValue();
        BlockSummary selectedBlock = block.getValue();
        if (selectedPeriod == null || selectedBlock == null) {
            return;
        }
        long periodId = selectedPeriod.id();
        long blockId = selectedBlock.id();
        BlockResults shown;
        try {
            shown = results.results(periodId, blockId);
            rememberForThisRequest(shown);
        } catch (BusinessRuleException refusal) {
            status.setText(Messages.of(this, refusal));
            return;
        }
        status.setText(statusText(shown));
        status.getElement().getThemeList().clear();
        status.getElement().getThemeList().add(shown.published() ? "badge success" : "badge contrast");
        if (secretariat) {
            if (shown.published()) {
                int revision = shown.publication().orElseThrow().revision();
                Button correct = new Button(
                        getTranslation("ranking.correct"), event -> confirmCorrect(periodId, blockId, revision));
                correct.setId("ranking-correct");
                actions.add(correct);
            } else {
                String blockName = shown.blockName(getLocale());
                int year = shown.year();
                Button publish = new Button(
                        getTranslation("ranking.publish"), event -> confirmPublish(periodId, blockId, blockName, year));
                publish.setId("ranking-publish");
                publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                actions.add(publish);
            }
        }
        addDownloads(shown, selectedBlock);
        content.add(grid(shown));
        if (readsEveryUnit) {
            Map<Long, List<PredecessorResult>> predecessors = results.predecessorResults(periodId, blockId);
            if (!predecessors.isEmpty()) {
                content.add(predecessorNotes(shown, predecessors));
            }
        }
        if (!shown.notRanked().isEmpty()) {
            content.add(new H3(getTranslation("ranking.notRanked")), unrankedGrid(shown.notRanked()));
        }
        if (shown.published() && readsEveryUnit) {
            content.add(new H3(getTranslation("ranking.history")), historyGrid(results.history(periodId, blockId)));
        }
    }

    /** Files of what is shown: the block's table for the roles that read every unit, a focal point's scorecard. */
    private void addDownloads(BlockResults shown, BlockSummary selectedBlock) {
        Locale locale = getLocale();
        long periodId = shown.periodId();
        long blockId = shown.blockId();
        String base = "chi-so-cchc-" + shown.year() + "-" + selectedBlock.code();
        if (readsEveryUnit) {
            actions.add(download(
                    "ranking-xlsx",
                    "ranking.download.xlsx",
                    base + ".xlsx",
                    out -> exports.xlsx(periodId, blockId, locale, out)));
            actions.add(download(
                    "ranking-csv",
                    "ranking.download.csv",
                    base + ".csv",
                    out -> exports.csv(periodId, blockId, locale, out)));
            actions.add(download(
                    "ranking-pdf",
                    "ranking.download.pdf",
                    base + ".pdf",
                    out -> exports.announcementPdf(periodId, blockId, locale, out)));
            if (shown.published()) {
                if (exports.decisionRecorded(periodId, blockId)) {
                    actions.add(download(
                            "ranking-decision-pdf",
                            "ranking.download.decision",
                            "quyet-dinh-" + base + ".pdf",
                            out -> exports.decisionPdf(periodId, blockId, out)));
                } else if (secretariat) {
                    int revision = shown.publication().orElseThrow().revision();
                    Button record = new Button(
                            getTranslation("ranking.decision.record"),
                            e -> recordDecision(periodId, blockId, revision));
                    record.setId("ranking-decision-record");
                    actions.add(record);
                }
            }
        } else {
            shown.ranked().stream()
                    .findFirst()
                    .ifPresent(own -> actions.add(download(
                            "ranking-scorecard",
                            "ranking.download.scorecard",
                            base + "-" + own.unitCode() + ".pdf",
                            out -> exports.scorecardPdf(periodId, blockId, own.unitId(), locale, out))));
        }
    }

    /** The file is made in the background (progress, then a link), never on the download request. */
    private BackgroundDownload download(String id, String labelKey, String fileName, FileJobs.Writer writer) {
        return new BackgroundDownload(fileJobs, id, getTranslation(labelKey), fileName, writer);
    }

    private void recordDecision(long periodId, long blockId, int revision) {
        Dialog dialog = new Dialog();
        dialog.setId("ranking-decision-dialog");
        dialog.setHeaderTitle(getTranslation("ranking.decision.title"));
        TextField number = new TextField(getTranslation("ranking.decision.number"));
        number.setId("ranking-decision-number");
        number.setPlaceholder(getTranslation("ranking.decision.numberExample"));
        number.setMaxLength(TextLimits.DECISION_NUMBER);
        DatePicker date = new DatePicker(getTranslation("ranking.decision.date"));
        date.setId("ranking-decision-date");
        date.setLocale(getLocale());
        TextField capacity = new TextField(getTranslation("ranking.decision.capacity"), "TM. ỦY BAN NHÂN DÂN", "");
        capacity.setId("ranking-decision-capacity");
        TextField position = new TextField(getTranslation("ranking.decision.position"), "CHỦ TỊCH", "");
        position.setId("ranking-decision-position");
        TextField signer = new TextField(getTranslation("ranking.decision.signer"));
        signer.setId("ranking-decision-signer");
        FormLayout form = new FormLayout(number, date, capacity, position, signer);
        dialog.add(new Span(getTranslation("ranking.decision.once")), form);
        Button save = new Button(getTranslation("ranking.decision.save"), event -> {
            try {
                publications.recordDecision(
                        periodId,
                        blockId,
                        revision,
                        new DecisionDetails(
                                number.getValue(),
                                date.getValue(),
                                capacity.getValue(),
                                position.getValue(),
                                signer.getValue()));
                dialog.close();
                Notifications.success(getTranslation("ranking.decision.saved"));
                show();
            } catch (ConcurrentEditException stale) {
                Notifications.error(getTranslation("ranking.correct.stale"));
                dialog.close();
                show();
            } catch (BusinessRuleException refusal) {
                Notifications.error(Messages.of(this, refusal));
            }
        });
        save.setId("ranking-decision-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), event -> dialog.close());
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    private String statusText(BlockResults shown) {
        if (shown.publication().isEmpty()) {
            return getTranslation("ranking.status.draft");
        }
        PublicationRef ref = shown.publication().get();
        return getTranslation(
                "ranking.status.published",
                ref.revision(),
                Formats.dateTime(ref.publishedAt(), getLocale()),
                ref.publishedBy());
    }

    private Grid<UnitResultRow> grid(BlockResults shown) {
        Grid<UnitResultRow> grid = new Grid<>();
        grid.setId("ranking-grid");
        grid.addThemeVariants(
                GridVariant.LUMO_COMPACT,
                GridVariant.LUMO_ROW_STRIPES,
                GridVariant.LUMO_COLUMN_BORDERS,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setMultiSort(false);
        long periodId = shown.periodId();
        // Light renderers (a template filled from a few properties in the browser, no server-side
        // component per cell), so a block of a thousand units builds and scrolls lazily. The ids let
        // the journey tests and screen readers find a unit's cells: ranking-{what}-{unit code}.
        Grid.Column<UnitResultRow> rank = grid.addColumn(
                        LitRenderer.<UnitResultRow>of("<span id=\"ranking-rank-${item.code}\">${item.rank}</span>")
                                .withProperty("code", UnitResultRow::unitCode)
                                .withProperty("rank", UnitResultRow::rank))
                .setHeader(getTranslation("ranking.rank"))
                .setComparator(Comparator.comparingInt(UnitResultRow::rank))
                .setTextAlign(ColumnTextAlign.END)
                .setWidth("5rem")
                .setFlexGrow(0)
                .setFrozen(true)
                .setKey("rank");
        grid.addColumn(LitRenderer.<UnitResultRow>of("<span id=\"ranking-change-${item.code}\""
                                + " theme=\"${item.theme}\" title=\"${item.title}\">${item.text}</span>")
                        .withProperty("code", UnitResultRow::unitCode)
                        .withProperty("text", r -> changeText(r.change()))
                        .withProperty("theme", r -> changeTheme(r.change()))
                        .withProperty(
                                "title",
                                r -> r.previousRank() == null
                                        ? ""
                                        : getTranslation("ranking.previousRank", r.previousRank())))
                .setHeader(getTranslation("ranking.change"))
                .setComparator(Comparator.comparingInt(RankingView::changeOrder))
                .setWidth("7rem")
                .setFlexGrow(0)
                .setFrozen(true)
                .setKey("change");
        grid.addColumn(r -> r.unitName(getLocale()))
                .setHeader(getTranslation("sa.unit"))
                .setComparator(Comparator.comparing(r -> r.unitName(getLocale())))
                .setWidth("16rem")
                .setFlexGrow(1)
                .setFrozen(true)
                .setKey("unit");
        grid.addColumn(r -> Formats.score(r.total(), getLocale()))
                .setHeader(getTranslation("ranking.points"))
                .setComparator(Comparator.comparing(UnitResultRow::total))
                .setTextAlign(ColumnTextAlign.END)
                .setWidth("6rem")
                .setFlexGrow(0)
                .setKey("points");
        grid.addColumn(LitRenderer.<UnitResultRow>of("<span id=\"ranking-index-${item.code}\">${item.index}</span>")
                        .withProperty("code", UnitResultRow::unitCode)
                        .withProperty("index", r -> Formats.score(r.index(), getLocale())))
                .setHeader(getTranslation("ranking.index"))
                .setComparator(Comparator.comparing(UnitResultRow::index))
                .setTextAlign(ColumnTextAlign.END)
                .setWidth("7.5rem")
                .setFlexGrow(0)
                .setKey("index");
        grid.addColumn(LitRenderer.<UnitResultRow>of("<span theme=\"${item.theme}\">${item.band}</span>")
                        .withProperty(
                                "band", r -> r.band() == null ? "" : r.band().name(getLocale()))
                        .withProperty("theme", r -> bandTheme(r.band())))
                .setHeader(getTranslation("ranking.band"))
                .setComparator(Comparator.comparing(UnitResultRow::index))
                .setWidth("7.5rem")
                .setFlexGrow(0)
                .setKey("band");
        for (int i = 0; i < shown.areas().size(); i++) {
            int position = i;
            AreaHeading area = shown.areas().get(i);
            grid.addColumn(r -> Formats.score(r.areas().get(position).index(), getLocale()))
                    .setHeader(area.code())
                    .setTooltipGenerator(r -> area.name(getLocale()))
                    .setComparator(Comparator.comparing(r ->
                            Optional.ofNullable(r.areas().get(position).index()).orElse(BigDecimal.ZERO)))
                    .setTextAlign(ColumnTextAlign.END)
                    .setWidth("5.5rem")
                    .setFlexGrow(0)
                    .setKey("area-" + area.code());
        }
        String detailsLabel = getTranslation("ranking.details");
        grid.addColumn(LitRenderer.<UnitResultRow>of(
                                "<a id=\"ranking-details-${item.id}\" href=\"${item.href}\">${item.label}</a>")
                        .withProperty("id", UnitResultRow::unitId)
                        .withProperty(
                                "href", r -> String.format("ranking/unit?period=%d&unit=%d", periodId, r.unitId()))
                        .withProperty("label", r -> detailsLabel))
                .setHeader("")
                .setWidth("6.5rem")
                .setFlexGrow(0)
                .setKey("details");
        // A usual block (up to a few dozen units) shows whole. A large one scrolls inside the grid and
        // its rows are fetched as they come into view: the UI keeps only those, not the whole block
        // (about 1 KB a unit, for every open ranking).
        if (shown.ranked().size() <= ALL_ROWS_VISIBLE) {
            grid.setAllRowsVisible(true);
            grid.setItems(shown.ranked());
        } else {
            grid.setHeight("70vh");
            long blockId = shown.blockId();
            grid.setItems(new CallbackDataProvider<UnitResultRow, Void>(
                    query -> page(resultsOfThisRequest(periodId, blockId).ranked(), query),
                    query -> resultsOfThisRequest(periodId, blockId).ranked().size(),
                    UnitResultRow::unitId));
        }
        grid.sort(List.of(new GridSortOrder<>(rank, SortDirection.ASCENDING)));
        return grid;
    }

    /** The rows a page of the grid asks for, in the grid's sort order (the columns' comparators). */
    static Stream<UnitResultRow> page(List<UnitResultRow> ranked, Query<UnitResultRow, Void> query) {
        Stream<UnitResultRow> rows = ranked.stream();
        Optional<Comparator<UnitResultRow>> order = query.getSortingComparator();
        if (order.isPresent()) {
            rows = rows.sorted(order.get());
        }
        return rows.skip(query.getOffset()).limit(query.getLimit());
    }

    /**
     * Keeps the block's results in the current request only, so that the grid's count and pages in
     * this round trip read the same results without computing them again; a request's attributes
     * end with it, so no UI holds a block's results between round trips.
     */
    private void rememberForThisRequest(BlockResults shown) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null) {
            request.setAttribute(requestKey(shown.periodId(), shown.blockId()), shown);
        }
    }

    /** The block's results as this request computed them, or computed now (a later scroll or sort). */
    private BlockResults resultsOfThisRequest(long periodId, long blockId) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null && request.getAttribute(requestKey(periodId, blockId)) instanceof BlockResults known) {
            return known;
        }
        BlockResults computed = results.results(periodId, blockId);
        rememberForThisRequest(computed);
        return computed;
    }

    private static String requestKey(long periodId, long blockId) {
        return RankingView.class.getName() + ".results." + periodId + "." + blockId;
    }

    /** ▲2, ▼1, = or New. */
    String changeText(RankChange change) {
        return switch (change.direction()) {
            case UP -> "▲" + change.places();
            case DOWN -> "▼" + change.places();
            case SAME -> "=";
            case NEW -> getTranslation("ranking.change.new");
        };
    }

    private static String changeTheme(RankChange change) {
        return switch (change.direction()) {
            case UP -> "badge success small";
            case DOWN -> "badge error small";
            case SAME -> "badge contrast small";
            case NEW -> "badge small";
        };
    }

    private static int changeOrder(UnitResultRow row) {
        RankChange change = row.change();
        return switch (change.direction()) {
            case UP -> -change.places();
            case DOWN -> change.places();
            case SAME -> 0;
            case NEW -> Integer.MAX_VALUE;
        };
    }

    private static String bandTheme(RankingBand band) {
        if (band == null) {
            return "";
        }
        if (band.minIndex().compareTo(BigDecimal.valueOf(90)) >= 0) {
            return "badge success";
        } else if (band.minIndex().compareTo(BigDecimal.valueOf(80)) >= 0) {
            return "badge";
        } else if (band.minIndex().compareTo(BigDecimal.valueOf(70)) >= 0) {
            return "badge contrast";
        }
        return "badge error";
    }

    private Component predecessorNotes(BlockResults shown, Map<Long, List<PredecessorResult>> predecessors) {
        Div notes = new Div();
        notes.setId("ranking-predecessors");
        for (UnitResultRow row : shown.ranked()) {
            List<PredecessorResult> before = predecessors.get(row.unitId());
            if (before == null) {
                continue;
            }
            StringBuilder text = new StringBuilder();
            for (PredecessorResult p : before) {
                if (!text.isEmpty()) {
                    text.append("; ");
                }
                text.append(getTranslation(
                        "ranking.predecessor",
                        p.predecessorName(getLocale()),
                        p.year(),
                        p.rank() == null ? "—" : String.valueOf(p.rank()),
                        Formats.score(p.index(), getLocale())));
            }
            Div note = new Div(new Span(getTranslation("ranking.mergedFrom", row.unitName(getLocale())) + " " + text));
            notes.add(note);
        }
        return notes;
    }

    private Grid<UnrankedUnit> unrankedGrid(List<UnrankedUnit> units) {
        Grid<UnrankedUnit> grid = new Grid<>();
        grid.setId("ranking-unranked");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(u -> u.unitName(getLocale()))
                .setHeader(getTranslation("sa.unit"))
                .setFlexGrow(2);
        grid.addColumn(u -> getTranslation(u.reason().labelKey()) + (u.note() == null ? "" : ": " + u.note()))
                .setHeader(getTranslation("ranking.reason"))
                .setFlexGrow(3);
        grid.setItems(units);
        return grid;
    }

    private Grid<PublicationRef> historyGrid(List<PublicationRef> history) {
        Grid<PublicationRef> grid = new Grid<>();
        grid.setId("ranking-history");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(PublicationRef::revision)
                .setHeader(getTranslation("ranking.revision"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(p -> Formats.dateTime(p.publishedAt(), getLocale()))
                .setHeader(getTranslation("ranking.publishedAt"))
                .setAutoWidth(true);
        grid.addColumn(PublicationRef::publishedBy).setHeader(getTranslation("ranking.publishedBy"));
        grid.addColumn(p -> p.reason() == null ? getTranslation("ranking.firstPublication") : p.reason())
                .setHeader(getTranslation("ranking.reason"))
                .setFlexGrow(3);
        List<PublicationRef> newestFirst = new java.util.ArrayList<>(history);
        java.util.Collections.reverse(newestFirst);
        grid.setItems(newestFirst);
        if (readsEveryUnit) {
            grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(this::changesOf));
        }
        return grid;
    }

    private Component changesOf(PublicationRef ref) {
        List<PublicationChange> changes =
                publications.changes(period.getValue().id(), block.getValue().id(), ref.revision());
        Div box = new Div();
        box.setId("ranking-changes-" + ref.revision());
        if (changes.isEmpty()) {
            box.add(new Span(getTranslation("ranking.noChanges")));
            return box;
        }
        for (PublicationChange change : changes) {
            box.add(new Div(new Span(getTranslation(
                    "ranking.changeLine",
                    change.unitName(getLocale()),
                    Formats.score(change.oldIndex(), getLocale()),
                    Formats.score(change.newIndex(), getLocale()),
                    change.oldRank() == null ? "—" : String.valueOf(change.oldRank()),
                    change.newRank() == null ? "—" : String.valueOf(change.newRank())))));
        }
        return box;
    }

    private void confirmPublish(long periodId, long blockId, String blockName, int year) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("ranking-publish-dialog");
        dialog.setHeader(getTranslation("ranking.publish.confirmTitle"));
        dialog.setText(getTranslation("ranking.publish.confirmText", blockName, year));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("ranking.publish"));
        dialog.addConfirmListener(event -> {
            try {
                publications.publish(periodId, blockId);
                Notifications.success(getTranslation("ranking.published"));
            } catch (BusinessRuleException refusal) {
                Notifications.error(Messages.of(this, refusal));
            }
            show();
        });
        dialog.open();
    }

    private void confirmCorrect(long periodId, long blockId, int revision) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("ranking-correct-dialog");
        dialog.setHeader(getTranslation("ranking.correct.confirmTitle"));
        TextArea reason = new TextArea(getTranslation("ranking.correct.reason"));
        reason.setId("ranking-correct-reason");
        reason.setMaxLength(TextLimits.REASON);
        reason.setWidthFull();
        dialog.add(new Span(getTranslation("ranking.correct.confirmText", revision + 1)), reason);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("ranking.correct"));
        dialog.addConfirmListener(event -> {
            try {
                publications.correct(periodId, blockId, revision, reason.getValue());
                Notifications.success(getTranslation("ranking.corrected", revision + 1));
            } catch (ConcurrentEditException stale) {
                Notifications.error(getTranslation("ranking.correct.stale"));
            } catch (BusinessRuleException refusal) {
                Notifications.error(Messages.of(this, refusal));
            }
            show();
        });
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ranking.title");
    }
}
