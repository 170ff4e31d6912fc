package vn.parindex.criteria.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.parindex.criteria.CriteriaCatalog;
import vn.parindex.criteria.CriteriaEditor;
import vn.parindex.criteria.CriteriaNodeView;
import vn.parindex.criteria.CriteriaProblem;
import vn.parindex.criteria.CriteriaSetRef;
import vn.parindex.criteria.CriteriaTransfer;
import vn.parindex.criteria.CriteriaTree;
import vn.parindex.criteria.ImportProblem;
import vn.parindex.criteria.NodeLevel;
import vn.parindex.organization.BlockSummary;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.organization.UnitSummary;
import vn.parindex.period.PeriodDirectory;
import vn.parindex.period.PeriodSummary;
import vn.parindex.security.CurrentUserService;
import vn.parindex.security.Role;
import vn.parindex.shared.ui.Formats;
import vn.parindex.shared.ui.Notifications;

/**
 * A period's criteria set for one block: the tree with live totals and problems, the node editor for
 * the secretariat, applicability per unit, and XLSX export and import. Everyone signed in may read.
 */
@Route("criteria")
@Menu(title = "menu.criteria", order = 20, icon = "vaadin:list-ol")
@PermitAll
public class CriteriaView extends VerticalLayout implements HasDynamicTitle {

    private final transient CriteriaCatalog catalog;
    private final transient CriteriaEditor editor;
    private final transient CriteriaTransfer transfer;
    private final transient PeriodDirectory periods;
    private final transient OrganizationDirectory organization;
    private final boolean secretariat;

    private final Select<PeriodSummary> period = new Select<>();
    private final Select<BlockSummary> block = new Select<>();
    private final TreeGrid<CriteriaNodeView> treeGrid = new TreeGrid<>();
    private final Div problems = new Div();
    private final Span summary = new Span();
    private final HorizontalLayout setActions = new HorizontalLayout();
    private final NodeForm form;
    private final ApplicabilityGrid applicability;
    private final com.vaadin.flow.component.combobox.ComboBox<UnitSummary> viewAs =
            new com.vaadin.flow.component.combobox.ComboBox<>();
    private java.util.Map<Long, CriteriaNodeView> nodesById = java.util.Map.of();
    private CriteriaTree tree;

    public CriteriaView(
            CriteriaCatalog catalog,
            CriteriaEditor editor,
            CriteriaTransfer transfer,
            PeriodDirectory periods,
            OrganizationDirectory organization,
            CurrentUserService currentUser) {
        this.catalog = catalog;
        this.editor = editor;
        this.transfer = transfer;
        this.periods = periods;
        this.organization = organization;
        this.secretariat = currentUser.require().hasRole(Role.SECRETARIAT);
        this.form = new NodeForm(editor, catalog, periods, organization, this::reload);
        this.applicability = new ApplicabilityGrid(editor, organization, this::reload);
        setId("criteria-view");
        addClassName("portal-page");
        setSizeFull();

        period.setId("criteria-period");
        period.setLabel(getTranslation("criteria.period"));
        period.setItems(periods.periods());
        period.setItemLabelGenerator(
                item -> item.year() + " · " + getTranslation(item.phase().labelKey()));
        block.setId("criteria-block");
        block.setLabel(getTranslation("units.block"));
        block.setItems(organization.blocks());
        block.setItemLabelGenerator(item -> item.name(getLocale()));
        period.addValueChangeListener(event -> reload());
        block.addValueChangeListener(event -> reload());
        summary.setId("criteria-summary");
        summary.addClassName("portal-muted");
        viewAs.setId("criteria-view-as");
        viewAs.setLabel(getTranslation("criteria.viewAs"));
        viewAs.setClearButtonVisible(true);
        viewAs.setItemLabelGenerator(UnitSummary::shortName);
        viewAs.addValueChangeListener(event -> {
            treeGrid.getDataProvider().refreshAll();
            showSummary();
        });
        HorizontalLayout toolbar = new HorizontalLayout(period, block, viewAs, setActions, summary);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.addClassName("portal-toolbar");

        problems.setId("criteria-problems");
        problems.addClassName("portal-problems");

        configureTree();
        SplitLayout split = new SplitLayout(treeGrid, form);
        split.setSplitterPosition(secretariat ? 66 : 100);
        split.setSizeFull();
        form.setVisible(secretariat);
        form.setHeightFull();

        TabSheet tabs = new TabSheet();
        tabs.setSizeFull();
        tabs.add(getTranslation("criteria.tab.tree"), split);
        tabs.add(getTranslation("criteria.tab.applicability"), applicability);
        add(toolbar, problems, tabs);
        setFlexGrow(1, tabs);

        periods.periods().stream()
                .filter(p -> !p.phase().criteriaFrozen())
                .findFirst()
                .or(() -> periods.periods().stream().findFirst())
                .ifPresent(period::setValue);
        organization.blocks().stream().findFirst().ifPresent(block::setValue);
    }

    private void configureTree() {
        treeGrid.setId("criteria-tree");
        treeGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        treeGrid.addHierarchyColumn(CriteriaNodeView::code)
                .setHeader(getTranslation("criteria.code"))
                .setWidth("10.5rem")
                .setFlexGrow(0);
        treeGrid.addColumn(node -> node.name(getLocale()))
                .setHeader(getTranslation("criteria.name"))
                .setTooltipGenerator(node -> node.name(getLocale()))
                .setFlexGrow(4);
        treeGrid.addColumn(node -> node.level() == NodeLevel.ADJUSTMENT
                        ? Formats.score(node.scoring().rangeMin(), getLocale()) + " … "
                                + Formats.score(node.scoring().rangeMax(), getLocale())
                        : Formats.score(node.maxPoints(), getLocale()))
                .setHeader(getTranslation("criteria.max"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        treeGrid.addComponentColumn(this::childrenTotal)
                .setHeader(getTranslation("criteria.childrenTotal"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        treeGrid.addColumn(node -> node.method() == null
                        ? ""
                        : getTranslation(node.method().labelKey()))
                .setHeader(getTranslation("criteria.method"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        treeGrid.addComponentColumn(node -> node.evidenceRequired() ? VaadinIcon.PAPERCLIP.create() : new Span())
                .setHeader(getTranslation("criteria.evidenceShort"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        treeGrid.addComponentColumn(this::applicableTo)
                .setHeader(getTranslation("criteria.applies"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        treeGrid.addSelectionListener(
                event -> form.edit(tree, event.getFirstSelectedItem().orElse(null)));
        treeGrid.setSizeFull();
    }

    /** With a unit chosen in "view as", marks what does not apply to it (directly or through a parent). */
    private Component applicableTo(CriteriaNodeView node) {
        UnitSummary unit = viewAs.getValue();
        if (unit == null || tree == null) {
            return new Span();
        }
        for (CriteriaNodeView current = node;
                current != null;
                current = current.parentId() == null ? null : nodesById.get(current.parentId())) {
            if (!tree.applicable(current.id(), unit.id())) {
                Span excluded = new Span(getTranslation("criteria.notApplicable"));
                excluded.getElement().getThemeList().add("badge contrast small");
                return excluded;
            }
        }
        return new Span();
    }

    private void showSummary() {
        if (tree == null) {
            return;
        }
        String text = getTranslation(
                "criteria.summary",
                Formats.score(tree.total(), getLocale()),
                Formats.score(tree.maxTotal(), getLocale()),
                tree.components().count(),
                tree.revision());
        UnitSummary unit = viewAs.getValue();
        if (unit != null) {
            text += " · "
                    + getTranslation(
                            "criteria.unitMaxOf",
                            unit.shortName(),
                            Formats.score(tree.maximumFor(unit.id()), getLocale()));
        }
        summary.setText(text);
    }

    private Component childrenTotal(CriteriaNodeView node) {
        if (node.level().scored()) {
            return new Span();
        }
        Span total = new Span(Formats.score(node.childrenTotal(), getLocale()));
        if (node.childrenTotal().compareTo(node.total()) != 0) {
            total.getElement().getThemeList().add("badge error small");
            total.getElement().setAttribute("title", getTranslation("criteria.totalMismatch"));
        }
        return total;
    }

    private void reload() {
        PeriodSummary selectedPeriod = period.getValue();
        BlockSummary selectedBlock = block.getValue();
        setActions.removeAll();
        if (selectedPeriod == null || selectedBlock == null) {
            return;
        }
        Optional<CriteriaSetRef> set = catalog.set(selectedPeriod.id(), selectedBlock.id());
        if (set.isEmpty()) {
            tree = null;
            treeGrid.setDataProvider(new TreeDataProvider<>(new TreeData<>()));
            problems.removeAll();
            summary.setText(getTranslation("criteria.noSet"));
            if (secretariat && !selectedPeriod.phase().criteriaFrozen()) {
                Button create = new Button(getTranslation("criteria.createSet"), VaadinIcon.PLUS.create(), event -> {
                    editor.createSet(selectedPeriod.id(), selectedBlock.id());
                    reload();
                });
                create.setId("create-set");
                setActions.add(create);
            }
            form.edit(null, null);
            return;
        }
        Long selectedId = treeGrid.getSelectedItems().stream()
                .findFirst()
                .map(CriteriaNodeView::id)
                .orElse(null);
        tree = catalog.tree(set.get().setId());
        TreeData<CriteriaNodeView> data = new TreeData<>();
        tree.areas().forEach(area -> add(data, null, area));
        tree.adjustments().forEach(adjustment -> data.addItem(null, adjustment));
        treeGrid.setDataProvider(new TreeDataProvider<>(data));
        treeGrid.expandRecursively(tree.areas(), 2);
        nodesById =
                tree.allNodes().stream().collect(java.util.stream.Collectors.toMap(CriteriaNodeView::id, node -> node));
        viewAs.setItems(organization.units().stream()
                .filter(unit -> unit.blockId() == tree.blockId())
                .sorted(Comparator.comparingInt(UnitSummary::sortOrder))
                .toList());
        showSummary();
        showProblems();
        buildSetActions();
        applicability.show(tree, secretariat && !tree.phase().criteriaFrozen());
        CriteriaNodeView reselect = selectedId == null
                ? null
                : tree.allNodes().stream()
                        .filter(node -> node.id() == selectedId)
                        .findFirst()
                        .orElse(null);
        if (reselect != null) {
            treeGrid.select(reselect);
        } else {
            form.edit(tree, null);
        }
    }

    private static void add(TreeData<CriteriaNodeView> data, CriteriaNodeView parent, CriteriaNodeView node) {
        data.addItem(parent, node);
        node.children().forEach(child -> add(data, node, child));
    }

    private void showProblems() {
        problems.removeAll();
        if (tree.problems().isEmpty()) {
            Span ok = new Span(getTranslation("criteria.valid"));
            ok.getElement().getThemeList().add("badge success");
            ok.setId("criteria-valid");
            problems.add(ok);
            return;
        }
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setSpacing(false);
        for (CriteriaProblem problem : tree.problems()) {
            Button item = new Button(getTranslation(problem.messageKey(), problem.args()), event -> {
                if (problem.nodeId() != null) {
                    tree.allNodes().stream()
                            .filter(node -> node.id() == problem.nodeId())
                            .findFirst()
                            .ifPresent(node -> {
                                treeGrid.select(node);
                                treeGrid.scrollToItem(node);
                            });
                }
            });
            item.addThemeVariants(
                    ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            item.addClassName("criteria-problem");
            list.add(item);
        }
        Details details = new Details(
                getTranslation("criteria.problemCount", tree.problems().size()), list);
        details.setOpened(true);
        details.addClassName("portal-problem-list");
        problems.add(details);
    }

    private void buildSetActions() {
        StreamResource xlsx = new StreamResource(
                "bo-tieu-chi-" + tree.year() + "-" + block.getValue().code() + ".xlsx",
                () -> new ByteArrayInputStream(transfer.export(tree.setId())));
        Anchor export = new Anchor(xlsx, "");
        export.getElement().setAttribute("download", true);
        Button exportButton = new Button(getTranslation("criteria.export"), VaadinIcon.DOWNLOAD.create());
        exportButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        export.add(exportButton);
        export.setId("criteria-export");
        setActions.add(export);
        if (!secretariat || tree.phase().criteriaFrozen()) {
            return;
        }
        Button addArea = new Button(
                getTranslation("criteria.addArea"),
                VaadinIcon.PLUS.create(),
                event -> form.startNew(tree, null, NodeLevel.AREA));
        addArea.setId("add-area");
        Button addAdjustment = new Button(
                getTranslation("criteria.addAdjustment"),
                VaadinIcon.PLUS_MINUS.create(),
                event -> form.startNew(tree, null, NodeLevel.ADJUSTMENT));
        addAdjustment.setId("add-adjustment");
        setActions.add(addArea, addAdjustment);
        if (tree.phase() == vn.parindex.period.Phase.PREPARATION) {
            MemoryBuffer buffer = new MemoryBuffer();
            Upload upload = new Upload(buffer);
            upload.setId("criteria-import");
            upload.setAcceptedFileTypes(".xlsx");
            upload.setMaxFileSize(5 * 1024 * 1024);
            upload.setDropAllowed(false);
            upload.setUploadButton(new Button(getTranslation("criteria.import"), VaadinIcon.UPLOAD.create()));
            upload.addSucceededListener(event -> {
                List<ImportProblem> found = transfer.importInto(tree.setId(), buffer.getInputStream());
                upload.clearFileList();
                if (found.isEmpty()) {
                    Notifications.success(getTranslation("criteria.imported"));
                    reload();
                } else {
                    new ImportProblemsDialog(found).open();
                }
            });
            upload.addFileRejectedListener(event -> Notifications.error(getTranslation("import.notXlsx")));
            setActions.add(upload);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("criteria.title");
    }
}
