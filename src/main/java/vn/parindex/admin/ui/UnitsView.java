package vn.parindex.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.parindex.organization.BlockSummary;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.organization.UnitAdministration;
import vn.parindex.organization.UnitSummary;
import vn.parindex.security.Role;

/** ADMIN and SECRETARIAT keep the province's units: list by block, edit, deactivate. */
@Route("admin/units")
@Menu(title = "menu.units", order = 90, icon = "vaadin:building")
@RolesAllowed({Role.Names.ADMIN, Role.Names.SECRETARIAT})
public class UnitsView extends VerticalLayout implements HasDynamicTitle {

    private final transient OrganizationDirectory directory;
    private final transient UnitAdministration administration;
    private final Grid<UnitSummary> grid = new Grid<>();
    private final Select<BlockSummary> blockFilter = new Select<>();
    private final TextField search = new TextField();
    private List<UnitSummary> units = List.of();
    private Map<Long, BlockSummary> blocks = Map.of();

    public UnitsView(OrganizationDirectory directory, UnitAdministration administration) {
        this.directory = directory;
        this.administration = administration;
        addClassName("portal-page");
        setSizeFull();
        setId("units-view");
        Locale locale = getLocale();

        List<BlockSummary> blockList = directory.blocks();
        blocks = blockList.stream().collect(Collectors.toMap(BlockSummary::id, Function.identity()));
        blockFilter.setId("block-filter");
        blockFilter.setLabel(getTranslation("units.block"));
        blockFilter.setEmptySelectionAllowed(true);
        blockFilter.setEmptySelectionCaption(getTranslation("units.allBlocks"));
        blockFilter.setItems(blockList);
        blockFilter.setItemLabelGenerator(
                block -> block == null ? getTranslation("units.allBlocks") : block.name(locale));
        blockFilter.addValueChangeListener(event -> applyFilter());

        search.setId("unit-search");
        search.setLabel(getTranslation("action.search"));
        search.setPlaceholder(getTranslation("units.searchHint"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setWidth("22em");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> applyFilter());

        Button create = new Button(getTranslation("units.new"), VaadinIcon.PLUS.create(), event -> openEditor(null));
        create.setId("new-unit");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        HorizontalLayout toolbar = new HorizontalLayout(blockFilter, search, create);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.addClassName("portal-toolbar");

        grid.setId("units-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(UnitSummary::code)
                .setHeader(getTranslation("units.code"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(UnitSummary::shortName)
                .setHeader(getTranslation("units.shortName"))
                .setAutoWidth(true);
        grid.addColumn(unit -> unit.name(locale))
                .setHeader(getTranslation("units.name"))
                .setFlexGrow(3);
        grid.addColumn(unit -> blocks.get(unit.blockId()).name(locale))
                .setHeader(getTranslation("units.block"))
                .setFlexGrow(2);
        grid.addColumn(UnitSummary::headName)
                .setHeader(getTranslation("units.head"))
                .setFlexGrow(2);
        grid.addComponentColumn(unit -> badge(unit.ranked() ? "units.ranked.yes" : "units.ranked.no", unit.ranked()))
                .setHeader(getTranslation("units.ranked"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.CENTER);
        grid.addComponentColumn(unit -> badge(unit.active() ? "status.active" : "status.inactive", unit.active()))
                .setHeader(getTranslation("units.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addItemClickListener(event -> openEditor(event.getItem()));
        grid.setSizeFull();

        add(toolbar, grid);
        reload();
    }

    private Span badge(String key, boolean positive) {
        Span badge = new Span(getTranslation(key));
        badge.getElement().getThemeList().add(positive ? "badge success small" : "badge contrast small");
        return badge;
    }

    private void openEditor(UnitSummary unit) {
        new UnitEditor(administration, List.copyOf(blocks.values()), unit, this::reload).open();
    }

    private void reload() {
        units = directory.units();
        applyFilter();
    }

    private void applyFilter() {
        BlockSummary block = blockFilter.getValue();
        String text = search.getValue() == null ? "" : search.getValue().trim().toLowerCase(getLocale());
        grid.setItems(units.stream()
                .filter(unit -> block == null || unit.blockId() == block.id())
                .filter(unit -> text.isEmpty()
                        || (unit.code() + " " + unit.shortName() + " " + unit.nameVi() + " " + unit.nameEn() + " "
                                        + (unit.headName() == null ? "" : unit.headName()))
                                .toLowerCase(getLocale())
                                .contains(text))
                .toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("units.title");
    }
}
