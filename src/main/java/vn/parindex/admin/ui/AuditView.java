package vn.parindex.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.text.Collator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.parindex.audit.AuditEntry;
import vn.parindex.audit.AuditFilter;
import vn.parindex.audit.AuditTrail;
import vn.parindex.audit.AuditVerification;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.organization.UnitSummary;
import vn.parindex.period.PeriodDirectory;
import vn.parindex.period.PeriodSummary;
import vn.parindex.security.Role;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.ui.CodeLabels;
import vn.parindex.shared.ui.Formats;
import vn.parindex.shared.ui.Messages;
import vn.parindex.shared.ui.Notifications;

/**
 * The audit trail for the IT administrator and the secretariat: filters by user, unit, period, entity,
 * action and time; a lazy grid that asks the database page by page (never all, never a full count);
 * old and new values in the row's details; an XLSX export of what the filters match (bounded); and
 * "Verify trail", which walks the hash chain and names the first event altered, deleted or inserted.
 */
@Route("audit")
@Menu(title = "menu.audit", order = 92, icon = "vaadin:archive")
@RolesAllowed({Role.Names.ADMIN, Role.Names.SECRETARIAT})
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    /** Translation key prefixes of the stored codes; a code without a key is shown as it is. */
    static final String ACTION_KEYS = "audit.action.";

    static final String ENTITY_TYPE_KEYS = "audit.entityType.";

    private final transient AuditTrail trail;
    private final TextField actor = new TextField();
    private final ComboBox<UnitSummary> unit = new ComboBox<>();
    private final ComboBox<PeriodSummary> period = new ComboBox<>();
    private final ComboBox<String> entityType = new ComboBox<>();
    private final ComboBox<String> action = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<AuditEntry> grid = new Grid<>();
    private final Span verification = new Span();
    private final Anchor download = new Anchor();
    private final Map<Long, UnitSummary> unitsById;
    private final Map<Long, PeriodSummary> periodsById;

    public AuditView(AuditTrail trail, OrganizationDirectory organization, PeriodDirectory periods) {
        this.trail = trail;
        Locale locale = getLocale();
        List<UnitSummary> units = organization.units();
        List<PeriodSummary> allPeriods = periods.periods();
        this.unitsById = units.stream().collect(Collectors.toMap(UnitSummary::id, Function.identity()));
        this.periodsById = allPeriods.stream().collect(Collectors.toMap(PeriodSummary::id, Function.identity()));
        setId("audit-view");
        addClassName("portal-page");
        setSizeFull();

        actor.setId("audit-actor");
        actor.setLabel(getTranslation("audit.actor"));
        actor.setClearButtonVisible(true);
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        unit.setId("audit-unit");
        unit.setLabel(getTranslation("audit.unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(u -> u.name(locale));
        unit.setClearButtonVisible(true);
        unit.setWidth("18em");
        period.setId("audit-period");
        period.setLabel(getTranslation("audit.period"));
        period.setItems(allPeriods);
        period.setItemLabelGenerator(p -> String.valueOf(p.year()));
        period.setClearButtonVisible(true);
        period.setWidth("8em");
        entityType.setId("audit-entity");
        entityType.setLabel(getTranslation("audit.entityType"));
        entityType.setItems(byLabel(trail.entityTypes(), ENTITY_TYPE_KEYS, locale));
        entityType.setItemLabelGenerator(this::entityTypeLabel);
        entityType.setClearButtonVisible(true);
        action.setId("audit-action");
        action.setLabel(getTranslation("audit.action"));
        action.setItems(byLabel(trail.actions(), ACTION_KEYS, locale));
        action.setItemLabelGenerator(this::actionLabel);
        action.setClearButtonVisible(true);
        action.setWidth("18em");
        from.setId("audit-from");
        from.setLabel(getTranslation("audit.from"));
        from.setLocale(locale);
        to.setId("audit-to");
        to.setLabel(getTranslation("audit.to"));
        to.setLocale(locale);
        actor.addValueChangeListener(e -> refresh());
        unit.addValueChangeListener(e -> refresh());
        period.addValueChangeListener(e -> refresh());
        entityType.addValueChangeListener(e -> refresh());
        action.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());

        FlexLayout filters = new FlexLayout(actor, unit, period, entityType, action, from, to);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.getStyle().set("gap", "var(--lumo-space-s)");
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        Button export = new Button(getTranslation("audit.export"), VaadinIcon.DOWNLOAD.create(), e -> export());
        export.setId("audit-export");
        export.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        download.setId("audit-download");
        download.getElement().setAttribute("download", true);
        download.getStyle().set("display", "none");
        Button verify = new Button(getTranslation("audit.verify"), VaadinIcon.SHIELD.create(), e -> verify());
        verify.setId("audit-verify");
        verification.setId("audit-verification");
        trail.lastVerification().ifPresent(this::showVerification);
        HorizontalLayout actions = new HorizontalLayout(export, download, verify, verification);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(e -> Formats.dateTime(e.occurredAt(), getLocale()))
                .setHeader(getTranslation("audit.time"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditEntry::actor)
                .setHeader(getTranslation("audit.actor"))
                .setAutoWidth(true);
        grid.addColumn(e -> actionLabel(e.action()))
                .setKey("action")
                .setHeader(getTranslation("audit.action"))
                .setAutoWidth(true);
        grid.addColumn(this::entityLabel)
                .setKey("entity")
                .setHeader(getTranslation("audit.entity"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.unitId() == null
                        ? ""
                        : unitsById.containsKey(e.unitId())
                                ? unitsById.get(e.unitId()).name(getLocale())
                                : String.valueOf(e.unitId()))
                .setHeader(getTranslation("audit.unit"));
        grid.addColumn(e -> e.periodId() == null
                        ? ""
                        : periodsById.containsKey(e.periodId())
                                ? String.valueOf(periodsById.get(e.periodId()).year())
                                : String.valueOf(e.periodId()))
                .setHeader(getTranslation("audit.period"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditEntry::clientAddress)
                .setHeader(getTranslation("audit.address"))
                .setAutoWidth(true);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::details));
        grid.setPageSize(50);
        grid.setSizeFull();
        refresh();

        add(new H2(getTranslation("audit.title")), filters, actions, grid);
    }

    private Div details(AuditEntry entry) {
        Div box = new Div();
        box.addClassName("audit-details");
        Div actionLine = new Div();
        actionLine.setText(getTranslation("audit.details.action", actionLabel(entry.action()), entry.action()));
        actionLine.addClassName("audit-details-action");
        Div entityLine = new Div();
        entityLine.setText(getTranslation("audit.details.entity", entityLabel(entry), entry.entityType()));
        entityLine.addClassName("audit-details-entity");
        Span before = new Span(getTranslation("audit.oldValue"));
        Pre oldValue = new Pre(entry.oldValue() == null ? "" : entry.oldValue());
        Span after = new Span(getTranslation("audit.newValue"));
        Pre newValue = new Pre(entry.newValue() == null ? "" : entry.newValue());
        oldValue.getStyle().set("white-space", "pre-wrap");
        newValue.getStyle().set("white-space", "pre-wrap");
        box.add(actionLine, entityLine, before, oldValue, after, newValue);
        return box;
    }

    /** The action's label in the reader's language, or its code when it has none. */
    String actionLabel(String code) {
        return CodeLabels.of(getLocale(), ACTION_KEYS, code);
    }

    String entityTypeLabel(String code) {
        return CodeLabels.of(getLocale(), ENTITY_TYPE_KEYS, code);
    }

    /** "<translated type> #<id>". */
    private String entityLabel(AuditEntry entry) {
        String type = entityTypeLabel(entry.entityType());
        return entry.entityId() == null ? type : type + " #" + entry.entityId();
    }

    /** The codes in the order of their labels in the reader's language. */
    private List<String> byLabel(List<String> codes, String prefix, Locale locale) {
        Function<String, String> label = CodeLabels.in(locale, prefix);
        Collator collator = Collator.getInstance(locale);
        return codes.stream().sorted(Comparator.comparing(label, collator)).toList();
    }

    AuditFilter filter() {
        LocalDate first = from.getValue();
        LocalDate last = to.getValue();
        Instant start =
                first == null ? null : first.atStartOfDay(Formats.PORTAL_ZONE).toInstant();
        Instant end = last == null
                ? null
                : last.plusDays(1).atStartOfDay(Formats.PORTAL_ZONE).toInstant();
        return new AuditFilter(
                actor.getValue().isBlank() ? null : actor.getValue(),
                unit.getValue() == null ? null : unit.getValue().id(),
                period.getValue() == null ? null : period.getValue().id(),
                entityType.getValue(),
                action.getValue(),
                start,
                end);
    }

    private void refresh() {
        AuditFilter filter = filter();
        // a lazy data provider without a count: the grid keeps asking while pages come back full
        grid.setItems(query -> trail.page(filter, query.getOffset(), query.getLimit()).stream());
    }

    private void export() {
        AuditFilter filter = filter();
        try {
            trail.checkExportable(filter);
        } catch (BusinessRuleException refusal) {
            Notifications.error(Messages.of(this, refusal));
            return;
        }
        List<String> headings = List.of(
                getTranslation("audit.time"),
                getTranslation("audit.actor"),
                getTranslation("audit.actionCode"),
                getTranslation("audit.action"),
                getTranslation("audit.entityType"),
                getTranslation("audit.entityId"),
                getTranslation("audit.unit"),
                getTranslation("audit.period"),
                getTranslation("audit.oldValue"),
                getTranslation("audit.newValue"),
                getTranslation("audit.address"),
                getTranslation("audit.eventId"));
        // bound now, in the reader's language: the download is written outside this UI's request
        Function<String, String> actionLabels = CodeLabels.in(getLocale(), ACTION_KEYS);
        DownloadHandler handler = event -> {
            event.setFileName("nhat-ky-he-thong.xlsx");
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            // streamed straight into the response: the workbook is never held whole in memory
            trail.exportXlsx(filter, headings, actionLabels, Formats.PORTAL_ZONE, event.getOutputStream());
        };
        download.setHref(handler);
        download.getElement().callJsFunction("click");
    }

    private void verify() {
        AuditVerification result = trail.verify();
        showVerification(result);
        if (result.intact()) {
            Notifications.success(verification.getText());
        } else {
            Notifications.error(verification.getText());
        }
    }

    private void showVerification(AuditVerification result) {
        String when = Formats.dateTime(result.checkedAt(), getLocale());
        if (result.intact()) {
            verification.setText(getTranslation("audit.intact", result.eventsChecked(), when));
            verification.getElement().getThemeList().set("badge success", true);
            verification.getElement().getThemeList().remove("badge error");
        } else {
            verification.setText(getTranslation(
                    "audit.broken",
                    getTranslation(result.problem().labelKey()),
                    result.eventId() == null ? "-" : String.valueOf(result.eventId()),
                    result.chainSeq() == null ? "-" : String.valueOf(result.chainSeq()),
                    when));
            verification.getElement().getThemeList().set("badge error", true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
