package vn.parindex.awards.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.parindex.awards.ApprovalText;
import vn.parindex.awards.AwardDecision;
import vn.parindex.awards.AwardDecisions;
import vn.parindex.awards.AwardItem;
import vn.parindex.awards.AwardType;
import vn.parindex.awards.DecisionDraft;
import vn.parindex.awards.EligibilityRule;
import vn.parindex.awards.FindingText;
import vn.parindex.awards.Nomination;
import vn.parindex.awards.NominationDraft;
import vn.parindex.awards.NominationKind;
import vn.parindex.awards.NominationStatus;
import vn.parindex.awards.Nominations;
import vn.parindex.awards.RuleFinding;
import vn.parindex.awards.RuleKind;
import vn.parindex.organization.BlockSummary;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.organization.UnitSummary;
import vn.parindex.period.PeriodSummary;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.CurrentUserService;
import vn.parindex.security.Role;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.ui.Formats;
import vn.parindex.shared.ui.Messages;
import vn.parindex.shared.ui.Notifications;

/**
 * Awards of a period: the nominations with every eligibility rule judged, the actions of each role
 * (focal points and the secretariat propose, the secretariat submits the list, the leader approves,
 * rejects or changes the award), the rules, and the decisions with their PDF, XLSX and evidence
 * package. Every action is one service call.
 */
@Route("awards")
@Menu(title = "menu.awards", order = 38, icon = "vaadin:medal")
@RolesAllowed({Role.Names.SECRETARIAT, Role.Names.LEADER, Role.Names.FOCAL_POINT})
public class AwardsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final transient Nominations nominations;
    private final transient AwardDecisions decisions;
    private final transient OrganizationDirectory organization;
    private final boolean secretariat;
    private final boolean leader;
    private final boolean proposes;
    private final Long ownUnit;
    private final Select<PeriodSummary> period = new Select<>();
    private final Grid<Nomination> grid = new Grid<>();
    private final HorizontalLayout listActions = new HorizontalLayout();
    private final HorizontalLayout rowActions = new HorizontalLayout();
    private final VerticalLayout rules = new VerticalLayout();
    private final VerticalLayout decisionsBox = new VerticalLayout();

    public AwardsView(
            Nominations nominations,
            AwardDecisions decisions,
            OrganizationDirectory organization,
            CurrentUserService currentUser) {
        this.nominations = nominations;
        this.decisions = decisions;
        this.organization = organization;
        CurrentUser me = currentUser.require();
        this.secretariat = me.hasRole(Role.SECRETARIAT);
        this.leader = me.hasRole(Role.LEADER);
        this.proposes = secretariat || me.hasRole(Role.FOCAL_POINT);
        this.ownUnit = me.unitId();
        setId("awards-view");
        addClassName("portal-page");
        period.setId("awards-period");
        period.setLabel(getTranslation("awards.period"));
        period.setItemLabelGenerator(
                p -> p.year() + " · " + getTranslation(p.phase().labelKey()));
        period.addValueChangeListener(e -> refresh());

        grid.setId("awards-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(n -> getTranslation(n.kind().labelKey()))
                .setHeader(getTranslation("awards.kind"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(this::who).setHeader(getTranslation("awards.col.name")).setFlexGrow(3);
        grid.addColumn(n -> n.typeName(getLocale()))
                .setHeader(getTranslation("awards.col.type"))
                .setFlexGrow(2);
        grid.addComponentColumn(this::eligibility)
                .setHeader(getTranslation("awards.eligibility"))
                .setFlexGrow(4);
        grid.addColumn(this::status)
                .setHeader(getTranslation("awards.col.status"))
                .setFlexGrow(2);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(this::details));
        grid.setAllRowsVisible(true);
        grid.addSelectionListener(e -> showRowActions());
        listActions.setId("awards-list-actions");
        rowActions.setId("awards-row-actions");
        rules.setPadding(false);
        rules.setId("awards-rules");
        decisionsBox.setPadding(false);
        decisionsBox.setId("awards-decisions");
        add(
                new H2(getTranslation("awards.title")),
                period,
                listActions,
                grid,
                rowActions,
                new H3(getTranslation("awards.tab.decisions")),
                decisionsBox,
                new H3(getTranslation("awards.tab.rules")),
                rules);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.awards");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<PeriodSummary> periods = nominations.periods();
        period.setItems(periods);
        if (periods.isEmpty()) {
            listActions.removeAll();
            Span none = new Span(getTranslation("awards.noPeriod"));
            none.setId("awards-none");
            listActions.add(none);
            return;
        }
        String wanted = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("period")
                .orElse("");
        period.setValue(periods.stream()
                .filter(p -> String.valueOf(p.year()).equals(wanted))
                .findFirst()
                .orElse(periods.get(0)));
    }

    private long periodId() {
        return period.getValue().id();
    }

    private void refresh() {
        if (period.getValue() == null) {
            return;
        }
        List<Nomination> list = nominations.nominations(periodId());
        grid.setItems(list);
        listActions.removeAll();
        if (proposes) {
            listActions.add(
                    button("awards-new", "awards.new", ButtonVariant.LUMO_PRIMARY, () -> nominationDialog(null)));
        }
        if (secretariat) {
            listActions.add(button(
                    "awards-submit",
                    "awards.submitList",
                    null,
                    () -> run(() -> Notifications.success(
                            getTranslation("awards.submitted", nominations.submitList(periodId()))))));
        }
        if (leader) {
            listActions.add(button(
                    "awards-approve-all",
                    "awards.approveAll",
                    ButtonVariant.LUMO_SUCCESS,
                    () -> run(() -> Notifications.success(
                            getTranslation("awards.approvedCount", nominations.approveAll(periodId()))))));
            ComboBox<AwardType> allAs = awardTypeChoice("awards-all-other-type", "20em");
            listActions.add(allAs);
            listActions.add(button("awards-approve-all-as", "awards.approveAllAs", null, () -> {
                if (allAs.getValue() == null) {
                    allAs.setErrorMessage(getTranslation("awards.typeRequired"));
                    allAs.setInvalid(true);
                    return;
                }
                long typeId = allAs.getValue().id();
                run(() -> Notifications.success(
                        getTranslation("awards.approvedCount", nominations.approveAllAs(periodId(), typeId))));
            }));
            listActions.add(button(
                    "awards-reject-all",
                    "awards.rejectAll",
                    ButtonVariant.LUMO_ERROR,
                    () -> reasonDialog(reason -> Notifications.success(
                            getTranslation("awards.rejectedCount", nominations.rejectAll(periodId(), reason))))));
        }
        showRowActions();
        showRules();
        showDecisions();
    }

    private String who(Nomination n) {
        if (n.kind() == NominationKind.INDIVIDUAL) {
            return n.name() + ", " + n.position() + ", " + n.organisation()
                    + (n.headOfUnit() ? " (" + getTranslation("awards.headOfUnit.tag") + ")" : "");
        }
        return n.name();
    }

    private String status(Nomination n) {
        String text = getTranslation(n.status().labelKey());
        if (n.status() == NominationStatus.REJECTED && n.rejectionReason() != null) {
            text += " (" + getTranslation("awards.rejectedWith", n.rejectionReason()) + ")";
        }
        if (n.status() == NominationStatus.RETURNED && n.returnReason() != null) {
            text += " (" + getTranslation("awards.returnedWith", n.returnReason()) + ")";
        }
        if (n.approvedType() != null) {
            text += " (" + getTranslation("awards.approvedAt", n.approvedType().name(getLocale())) + ")";
        }
        return text;
    }

    private Component eligibility(Nomination n) {
        Div box = new Div();
        Span verdict = new Span(getTranslation(n.eligible() ? "awards.eligible" : "awards.notEligible"));
        verdict.getElement().getThemeList().add(n.eligible() ? "badge success" : "badge error");
        box.add(verdict);
        for (RuleFinding f : n.findings()) {
            Div line = new Div(new Span(FindingText.line(f, getLocale(), this::translate)));
            line.getStyle().set("font-size", "var(--lumo-font-size-s)");
            box.add(line);
        }
        if (n.justification() != null) {
            Div j = new Div(new Span(getTranslation("awards.justification") + ": " + n.justification()));
            j.getStyle().set("font-size", "var(--lumo-font-size-s)").set("font-style", "italic");
            box.add(j);
        }
        return box;
    }

    private String translate(String key, Object[] args) {
        return getTranslation(key, args);
    }

    private Component details(Nomination n) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.add(new Span(getTranslation("awards.achievements") + ": " + n.achievements()));
        box.add(new Span(getTranslation("awards.attachments", n.attachments())));
        return box;
    }

    private void showRowActions() {
        rowActions.removeAll();
        Nomination n = grid.getSelectedItems().stream().findFirst().orElse(null);
        if (n == null) {
            return;
        }
        grid.setDetailsVisible(n, true);
        boolean changeable = n.status() == NominationStatus.PROPOSED
                || n.status() == NominationStatus.RETURNED
                || (secretariat && n.status() == NominationStatus.ACCEPTED);
        if (proposes && changeable) {
            rowActions.add(button("awards-edit", "awards.edit", null, () -> nominationDialog(n)));
            rowActions.add(button(
                    "awards-withdraw",
                    "awards.withdraw",
                    ButtonVariant.LUMO_ERROR,
                    () -> run(() -> nominations.withdraw(n.id(), n.version()))));
        }
        if (secretariat && n.status() == NominationStatus.PROPOSED) {
            rowActions.add(button(
                    "awards-accept",
                    "awards.accept",
                    ButtonVariant.LUMO_SUCCESS,
                    () -> run(() -> nominations.accept(n.id(), n.version()))));
        }
        if (secretariat && (n.status() == NominationStatus.PROPOSED || n.status() == NominationStatus.ACCEPTED)) {
            rowActions.add(button(
                    "awards-send-back",
                    "awards.sendBack",
                    ButtonVariant.LUMO_ERROR,
                    () -> reasonDialog(
                            "awards.sendBack", reason -> nominations.sendBack(n.id(), n.version(), reason))));
        }
        if (proposes && (changeable || n.status() == NominationStatus.SUBMITTED)) {
            MemoryBuffer buffer = new MemoryBuffer();
            Upload upload = new Upload(buffer);
            upload.setId("awards-upload");
            upload.setMaxFileSize(20 * 1024 * 1024);
            upload.setDropAllowed(false);
            upload.setUploadButton(new Button(getTranslation("awards.attach")));
            upload.addSucceededListener(e -> run(() -> {
                try {
                    nominations.attach(
                            n.id(), e.getFileName(), buffer.getInputStream().readAllBytes());
                } catch (IOException io) {
                    throw new java.io.UncheckedIOException(io);
                }
            }));
            rowActions.add(upload);
        }
        if (leader && n.status() == NominationStatus.SUBMITTED) {
            rowActions.add(button(
                    "awards-approve",
                    "awards.approve",
                    ButtonVariant.LUMO_SUCCESS,
                    () -> run(() -> nominations.approve(n.id(), n.version()))));
            ComboBox<AwardType> other = awardTypeChoice("awards-other-type", "18em");
            Button as = button("awards-approve-as", "awards.approveAs", null, () -> {
                if (other.getValue() != null) {
                    run(() -> nominations.approveAs(
                            n.id(), n.version(), other.getValue().id()));
                }
            });
            rowActions.add(other, as);
            rowActions.add(button(
                    "awards-reject",
                    "awards.reject",
                    ButtonVariant.LUMO_ERROR,
                    () -> reasonDialog(reason -> nominations.reject(n.id(), n.version(), reason))));
        }
    }

    private void nominationDialog(Nomination existing) {
        Dialog dialog = new Dialog();
        dialog.setId("awards-dialog");
        dialog.setHeaderTitle(getTranslation(existing == null ? "awards.new" : "awards.edit"));
        RadioButtonGroup<NominationKind> kind = new RadioButtonGroup<>(getTranslation("awards.kind"));
        kind.setId("awards-kind");
        kind.setItems(NominationKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        ComboBox<UnitSummary> unit = new ComboBox<>(getTranslation("awards.unit"));
        unit.setId("awards-unit");
        List<UnitSummary> units = organization.units().stream()
                .filter(u -> secretariat || u.id() == (ownUnit == null ? -1 : ownUnit))
                .toList();
        unit.setItems(units);
        unit.setItemLabelGenerator(u -> u.name(getLocale()));
        unit.setClearButtonVisible(secretariat);
        TextField collective = new TextField(getTranslation("awards.collectiveName"));
        collective.setId("awards-collective");
        collective.setVisible(secretariat);
        TextField person = new TextField(getTranslation("awards.personName"));
        person.setId("awards-person");
        TextField position = new TextField(getTranslation("awards.col.position"));
        position.setId("awards-position");
        TextField organisation = new TextField(getTranslation("awards.col.organisation"));
        organisation.setId("awards-organisation");
        Select<AwardType> type = new Select<>();
        type.setLabel(getTranslation("awards.awardType"));
        type.setId("awards-type");
        List<AwardType> types = nominations.types();
        type.setItems(types);
        type.setItemLabelGenerator(t -> t.name(getLocale()));
        com.vaadin.flow.component.checkbox.Checkbox head =
                new com.vaadin.flow.component.checkbox.Checkbox(getTranslation("awards.headOfUnit"));
        head.setId("awards-head");
        head.setTooltipText(getTranslation("awards.headOfUnit.help"));
        TextArea achievements = new TextArea(getTranslation("awards.achievements"));
        achievements.setId("awards-achievements");
        TextArea justification = new TextArea(getTranslation("awards.justification"));
        justification.setId("awards-justification");
        for (Component c :
                List.of(unit, collective, person, position, organisation, type, achievements, justification)) {
            ((com.vaadin.flow.component.HasSize) c).setWidthFull();
        }
        Runnable person_visible = () -> {
            boolean individual = kind.getValue() == NominationKind.INDIVIDUAL;
            person.setVisible(individual);
            head.setVisible(individual);
            position.setVisible(individual);
            organisation.setVisible(individual);
            collective.setVisible(secretariat && !individual);
        };
        kind.addValueChangeListener(e -> person_visible.run());
        if (existing == null) {
            kind.setValue(NominationKind.COLLECTIVE);
            type.setValue(types.get(0));
            if (!secretariat && units.size() == 1) {
                unit.setValue(units.get(0));
            }
        } else {
            kind.setValue(existing.kind());
            units.stream()
                    .filter(u -> existing.unitId() != null && u.id() == existing.unitId())
                    .findFirst()
                    .ifPresent(unit::setValue);
            if (existing.kind() == NominationKind.COLLECTIVE && existing.unitId() == null) {
                collective.setValue(existing.name());
            }
            if (existing.kind() == NominationKind.INDIVIDUAL) {
                person.setValue(existing.name());
                position.setValue(existing.position() == null ? "" : existing.position());
                organisation.setValue(existing.organisation() == null ? "" : existing.organisation());
            }
            head.setValue(existing.headOfUnit());
            // an inactive type stays on the nomination that has it
            if (types.stream().noneMatch(t -> t.id() == existing.awardType().id())) {
                List<AwardType> withOld = new java.util.ArrayList<>(types);
                withOld.add(existing.awardType());
                type.setItems(withOld);
            }
            type.setValue(existing.awardType());
            achievements.setValue(existing.achievements());
            justification.setValue(existing.justification() == null ? "" : existing.justification());
        }
        person_visible.run();
        Button save = button("awards-save", "awards.save", ButtonVariant.LUMO_PRIMARY, () -> {
            NominationDraft draft = new NominationDraft(
                    kind.getValue(),
                    unit.getValue() == null ? null : unit.getValue().id(),
                    collective.getValue(),
                    person.getValue(),
                    position.getValue(),
                    organisation.getValue(),
                    type.getValue() == null ? 0 : type.getValue().id(),
                    achievements.getValue(),
                    justification.getValue(),
                    kind.getValue() == NominationKind.INDIVIDUAL && head.getValue());
            try {
                if (existing == null) {
                    nominations.propose(periodId(), draft);
                } else {
                    nominations.update(existing.id(), existing.version(), draft);
                }
                Notifications.success(getTranslation("awards.saved"));
                dialog.close();
                refresh();
            } catch (BusinessRuleException refusal) {
                Notifications.error(Messages.of(this, refusal));
            }
        });
        VerticalLayout form = new VerticalLayout(
                kind, unit, head, collective, person, position, organisation, type, achievements, justification);
        form.setPadding(false);
        form.setWidth("36rem");
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("awards.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void reasonDialog(java.util.function.Consumer<String> action) {
        reasonDialog("awards.reject", action);
    }

    private void reasonDialog(String okKey, java.util.function.Consumer<String> action) {
        Dialog dialog = new Dialog();
        dialog.setId("awards-reason-dialog");
        TextArea reason = new TextArea(getTranslation("awards.reason"));
        reason.setId("awards-reason");
        reason.setWidth("30rem");
        dialog.add(reason);
        dialog.getFooter()
                .add(
                        new Button(getTranslation("awards.cancel"), e -> dialog.close()),
                        button("awards-reason-ok", okKey, ButtonVariant.LUMO_ERROR, () -> {
                            if (run(() -> action.accept(reason.getValue()))) {
                                dialog.close();
                            }
                        }));
        dialog.open();
    }

    private void showRules() {
        rules.removeAll();
        List<EligibilityRule> list = nominations.rules(periodId());
        List<AwardType> types = nominations.types();
        List<AwardType> named = nominations.allTypes();
        if (list.isEmpty()) {
            rules.add(new Span(getTranslation("awards.noRules")));
        }
        for (EligibilityRule rule : list) {
            String typeName = named.stream()
                    .filter(t -> t.id() == rule.awardTypeId())
                    .map(t -> t.name(getLocale()))
                    .findFirst()
                    .orElse("");
            String text = typeName + " · " + ruleText(rule);
            HorizontalLayout line = new HorizontalLayout(new Span(text));
            line.setAlignItems(Alignment.CENTER);
            if (secretariat) {
                Button remove = new Button(
                        getTranslation("awards.removeRule"), e -> run(() -> nominations.removeRule(rule.id())));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                line.add(remove);
            }
            rules.add(line);
        }
        if (secretariat) {
            Select<AwardType> type = new Select<>();
            type.setItems(types);
            type.setItemLabelGenerator(t -> t.name(getLocale()));
            type.setValue(types.get(0));
            type.setLabel(getTranslation("awards.awardType"));
            Select<NominationKind> subject = new Select<>();
            subject.setLabel(getTranslation("awards.subject"));
            subject.setItems(NominationKind.values());
            subject.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
            subject.setValue(NominationKind.COLLECTIVE);
            Select<RuleKind> kind = new Select<>();
            kind.setLabel(getTranslation("awards.kind"));
            kind.setItems(RuleKind.values());
            kind.setItemLabelGenerator(k -> getTranslation("awards.ruleKind." + k.name()));
            kind.setValue(RuleKind.RANK_TOP_N);
            ComboBox<BlockSummary> block = new ComboBox<>(getTranslation("units.block"));
            block.setItems(organization.blocks());
            block.setItemLabelGenerator(b -> b.name(getLocale()));
            block.setPlaceholder(getTranslation("awards.anyBlock"));
            IntegerField limit = new IntegerField(getTranslation("awards.rankLimit"));
            limit.setId("awards-rule-limit");
            BigDecimalField index = new BigDecimalField(getTranslation("awards.minIndex"));
            index.setId("awards-rule-index");
            Runnable parameters = () -> {
                limit.setVisible(kind.getValue() == RuleKind.RANK_TOP_N);
                index.setVisible(kind.getValue() == RuleKind.INDEX_AT_LEAST);
            };
            kind.addValueChangeListener(e -> parameters.run());
            parameters.run();
            Button add = button(
                    "awards-add-rule",
                    "awards.addRule",
                    null,
                    () -> run(() -> nominations.addRule(
                            periodId(),
                            type.getValue().id(),
                            subject.getValue(),
                            kind.getValue(),
                            block.getValue() == null ? null : block.getValue().id(),
                            limit.getValue(),
                            index.getValue())));
            HorizontalLayout form = new HorizontalLayout(type, subject, kind, block, limit, index, add);
            form.setAlignItems(Alignment.BASELINE);
            form.setWrap(true);
            rules.add(form);
        }
    }

    private String ruleText(EligibilityRule rule) {
        String key = "awards.rule." + rule.subject().name() + "." + rule.kind().name()
                + (rule.blockId() == null ? "" : ".block");
        Object first = switch (rule.kind()) {
            case RANK_TOP_N -> String.valueOf(rule.rankLimit());
            case INDEX_AT_LEAST -> Formats.score(rule.minIndex(), getLocale());
            case TOP_BAND -> "";
        };
        String block = rule.blockId() == null
                ? ""
                : vn.parindex.shared.Locales.pick(getLocale(), rule.blockNameVi(), rule.blockNameEn());
        return getTranslation(key, first, block);
    }

    private void showDecisions() {
        decisionsBox.removeAll();
        List<AwardDecision> list = decisions.decisions(periodId());
        if (list.isEmpty()) {
            decisionsBox.add(new Span(getTranslation("awards.noDecision")));
        }
        for (AwardDecision d : list) {
            VerticalLayout card = new VerticalLayout();
            card.setPadding(false);
            card.setId("awards-decision-" + d.id());
            Span line = new Span(getTranslation(
                    "awards.decisionLine",
                    d.number(),
                    Formats.date(d.date(), getLocale()),
                    d.collectives(),
                    d.individuals(),
                    d.signerName()));
            line.getStyle().set("font-weight", "600");
            card.add(line);
            if (d.replacesNumber() != null) {
                card.add(new Span(getTranslation("awards.replaces", d.replacesNumber(), d.reason())));
            }
            if (d.superseded()) {
                Span tag = new Span(getTranslation("awards.supersededTag"));
                tag.getElement().getThemeList().add("badge contrast");
                card.add(tag);
            }
            String safe = d.number().replaceAll("[^0-9A-Za-z-]", "_");
            Anchor pdf = new Anchor(
                    new StreamResource(
                            "quyet-dinh-khen-thuong-" + safe + ".pdf",
                            () -> new ByteArrayInputStream(decisions.pdf(d.id()))),
                    getTranslation("awards.pdf"));
            pdf.setId("awards-pdf-" + d.id());
            pdf.getElement().setAttribute("download", true);
            HorizontalLayout links = new HorizontalLayout(pdf);
            if (secretariat || leader) {
                java.util.Locale locale = getLocale();
                Anchor xlsx = new Anchor(
                        new StreamResource(
                                "khen-thuong-" + safe + ".xlsx",
                                () -> new ByteArrayInputStream(decisions.xlsx(d.id(), locale))),
                        getTranslation("awards.xlsx"));
                xlsx.setId("awards-xlsx-" + d.id());
                xlsx.getElement().setAttribute("download", true);
                links.add(xlsx);
                if (!d.superseded()) {
                    links.add(button(
                            "awards-correct-" + d.id(),
                            "awards.correct",
                            ButtonVariant.LUMO_TERTIARY,
                            () -> correctDialog(d)));
                }
            }
            card.add(links);
            card.add(packageGrid(decisions.items(d.id())));
            decisionsBox.add(card);
        }
        if ((secretariat || leader)
                && !grid.getListDataView()
                        .getItems()
                        .filter(n -> n.status() == NominationStatus.APPROVED)
                        .toList()
                        .isEmpty()) {
            decisionsBox.add(decisionForm(null));
        }
    }

    private Grid<AwardItem> packageGrid(List<AwardItem> items) {
        Grid<AwardItem> pack = new Grid<>();
        pack.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        pack.addColumn(AwardItem::position)
                .setHeader(getTranslation("awards.col.no"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        pack.addColumn(i -> i.name()
                        + (i.positionTitle() == null ? "" : ", " + i.positionTitle() + ", " + i.organisation()))
                .setHeader(getTranslation("awards.col.name"))
                .setFlexGrow(3);
        pack.addColumn(i -> i.awardType(getLocale()))
                .setHeader(getTranslation("awards.col.type"))
                .setFlexGrow(2);
        pack.addColumn(i -> Formats.score(i.index(), getLocale()))
                .setHeader(getTranslation("awards.col.index"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        pack.addColumn(i -> i.rank() == null
                        ? ""
                        : i.rank()
                                + (i.changeDirection() == null
                                        ? ""
                                        : " ("
                                                + getTranslation(
                                                        "awards.change." + i.changeDirection(), i.changePlaces())
                                                + ")"))
                .setHeader(getTranslation("awards.col.rank"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        pack.addColumn(i -> i.bandName(getLocale()) == null ? "" : i.bandName(getLocale()))
                .setHeader(getTranslation("awards.col.band"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        pack.addColumn(i -> i.findings().stream()
                                .map(f -> FindingText.line(f, getLocale(), this::translate))
                                .collect(Collectors.joining("; "))
                        + (i.justification() == null
                                ? ""
                                : " — " + getTranslation("awards.justification") + ": " + i.justification()))
                .setHeader(getTranslation("awards.col.findings"))
                .setFlexGrow(4);
        pack.addColumn(i -> i.leaderLevel() == null ? "" : getTranslation(i.leaderLevelKey()))
                .setHeader(getTranslation("awards.leaderLevel"))
                .setFlexGrow(1);
        pack.addColumn(i -> ApprovalText.text(i.approvals(), getLocale(), this::translate))
                .setHeader(getTranslation("awards.col.approvals"))
                .setFlexGrow(2);
        pack.setItems(items);
        pack.setAllRowsVisible(true);
        return pack;
    }

    private Component decisionForm(AwardDecision replaces) {
        TextField number = new TextField(getTranslation("awards.number"));
        number.setPlaceholder(getTranslation("awards.number.placeholder"));
        number.setWidth("16em");
        number.setId("awards-number");
        DatePicker date = new DatePicker(getTranslation("awards.date"));
        date.setId("awards-date");
        date.setValue(LocalDate.now());
        TextField signer = new TextField(getTranslation("awards.signerName"));
        signer.setId("awards-signer");
        TextField title = new TextField(getTranslation("awards.signerTitle"));
        title.setId("awards-signer-title");
        title.setValue("Chủ tịch");
        Button issue = button(
                "awards-issue",
                "awards.issue",
                ButtonVariant.LUMO_PRIMARY,
                () -> run(() -> {
                    AwardDecision d = decisions.issue(
                            periodId(),
                            new DecisionDraft(number.getValue(), date.getValue(), signer.getValue(), title.getValue()));
                    Notifications.success(getTranslation("awards.issued", d.number()));
                }));
        HorizontalLayout form = new HorizontalLayout(number, date, signer, title, issue);
        form.setAlignItems(Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private void correctDialog(AwardDecision d) {
        Dialog dialog = new Dialog();
        dialog.setId("awards-correct-dialog");
        dialog.setHeaderTitle(getTranslation("awards.correct"));
        CheckboxGroup<AwardItem> remove = new CheckboxGroup<>(getTranslation("awards.remove"));
        remove.setItems(decisions.items(d.id()));
        remove.setItemLabelGenerator(AwardItem::name);
        TextArea reason = new TextArea(getTranslation("awards.reason"));
        reason.setWidthFull();
        TextField number = new TextField(getTranslation("awards.number"));
        number.setPlaceholder(getTranslation("awards.number.placeholder"));
        DatePicker date = new DatePicker(getTranslation("awards.date"));
        date.setValue(LocalDate.now());
        TextField signer = new TextField(getTranslation("awards.signerName"));
        signer.setValue(d.signerName());
        TextField title = new TextField(getTranslation("awards.signerTitle"));
        title.setValue(d.signerTitle());
        VerticalLayout form = new VerticalLayout(reason, remove, number, date, signer, title);
        form.setPadding(false);
        form.setWidth("36rem");
        dialog.add(form);
        dialog.getFooter()
                .add(
                        new Button(getTranslation("awards.cancel"), e -> dialog.close()),
                        button("awards-correct-ok", "awards.correct", ButtonVariant.LUMO_PRIMARY, () -> {
                            Set<Long> removed = new HashSet<>();
                            remove.getValue().forEach(i -> removed.add(i.nominationId()));
                            if (run(() -> decisions.correct(
                                    d.id(),
                                    d.version(),
                                    reason.getValue(),
                                    removed,
                                    new DecisionDraft(
                                            number.getValue(),
                                            date.getValue(),
                                            signer.getValue(),
                                            title.getValue())))) {
                                dialog.close();
                            }
                        }));
        dialog.open();
    }

    /** A choice of award type for approving as another type; wide enough for the longest name. */
    private ComboBox<AwardType> awardTypeChoice(String id, String width) {
        ComboBox<AwardType> choice = new ComboBox<>();
        choice.setId(id);
        choice.setItems(nominations.types());
        choice.setItemLabelGenerator(t -> t.name(getLocale()));
        choice.setPlaceholder(getTranslation("awards.awardType"));
        choice.setWidth(width);
        return choice;
    }

    private Button button(String id, String key, ButtonVariant variant, Runnable action) {
        Button button = new Button(getTranslation(key), e -> action.run());
        button.setId(id);
        if (variant != null) {
            button.addThemeVariants(variant);
        }
        return button;
    }

    /** Runs one service call, shows a refusal, refreshes; true when it went through. */
    private boolean run(Runnable call) {
        try {
            call.run();
            refresh();
            return true;
        } catch (BusinessRuleException refusal) {
            Notifications.error(Messages.of(this, refusal));
            return false;
        }
    }
}
