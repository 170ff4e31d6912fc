package vn.parindex.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.organization.ProvinceDraft;
import vn.parindex.organization.ProvinceSetup;
import vn.parindex.organization.ProvinceSummary;
import vn.parindex.organization.SetupBlock;
import vn.parindex.security.Role;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.TextLimits;
import vn.parindex.shared.ui.Messages;
import vn.parindex.shared.ui.Notifications;

/**
 * The administrator's first-run setup, in order: the province and the agency running its index,
 * the blocks, then the units and users by import. An administrator is sent here while no province
 * exists.
 */
@Route(ProvinceSetup.ROUTE)
@Menu(title = "menu.setup", order = 85, icon = "vaadin:cogs")
@RolesAllowed(Role.Names.ADMIN)
public class SetupView extends VerticalLayout implements HasDynamicTitle {

    private final transient ProvinceSetup setup;
    private final transient OrganizationDirectory directory;
    private final TextField code = field("setup-province-code", "setup.province.code", 20);
    private final TextField nameVi =
            field("setup-province-name-vi", "setup.province.nameVi", TextLimits.ORGANIZATION_NAME);
    private final TextField nameEn =
            field("setup-province-name-en", "setup.province.nameEn", TextLimits.ORGANIZATION_NAME);
    private final TextField agencyVi = field("setup-agency-vi", "setup.agency.vi", TextLimits.ORGANIZATION_NAME);
    private final TextField agencyEn = field("setup-agency-en", "setup.agency.en", TextLimits.ORGANIZATION_NAME);
    private final TextField blockCode = field("setup-block-code", "setup.block.code", 30);
    private final TextField blockNameVi =
            field("setup-block-name-vi", "setup.block.nameVi", TextLimits.ORGANIZATION_NAME);
    private final TextField blockNameEn =
            field("setup-block-name-en", "setup.block.nameEn", TextLimits.ORGANIZATION_NAME);
    private final Grid<SetupBlock> blocks = new Grid<>();
    private Long provinceVersion;

    public SetupView(ProvinceSetup setup, OrganizationDirectory directory) {
        this.setup = setup;
        this.directory = directory;
        addClassName("portal-page");
        setId("setup-view");

        Paragraph intro = new Paragraph(getTranslation("setup.intro"));
        intro.addClassName("portal-muted");

        FormLayout provinceForm = new FormLayout(code, nameVi, nameEn, agencyVi, agencyEn);
        Button saveProvince = new Button(getTranslation("setup.province.save"), event -> saveProvince());
        saveProvince.setId("setup-province-save");
        saveProvince.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        blocks.setId("setup-blocks");
        blocks.addThemeVariants(GridVariant.LUMO_COMPACT);
        blocks.setAllRowsVisible(true);
        blocks.addColumn(SetupBlock::sortOrder)
                .setHeader("#")
                .setAutoWidth(true)
                .setFlexGrow(0);
        blocks.addColumn(SetupBlock::code)
                .setHeader(getTranslation("setup.block.code"))
                .setAutoWidth(true);
        blocks.addColumn(SetupBlock::nameVi)
                .setHeader(getTranslation("setup.block.nameVi"))
                .setFlexGrow(2);
        blocks.addColumn(SetupBlock::nameEn)
                .setHeader(getTranslation("setup.block.nameEn"))
                .setFlexGrow(2);
        blocks.addColumn(SetupBlock::units)
                .setHeader(getTranslation("setup.block.units"))
                .setAutoWidth(true);
        blocks.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        HorizontalLayout addBlock = new HorizontalLayout(blockCode, blockNameVi, blockNameEn);
        addBlock.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        Button add = new Button(getTranslation("setup.block.add"), VaadinIcon.PLUS.create(), event -> addBlock());
        add.setId("setup-block-add");
        addBlock.add(add);

        RouterLink units = new RouterLink(getTranslation("setup.next.units"), UnitImportView.class);
        units.setId("setup-go-units");
        RouterLink users = new RouterLink(getTranslation("setup.next.users"), UserImportView.class);
        users.setId("setup-go-users");

        add(
                intro,
                new H3(getTranslation("setup.province.title")),
                provinceForm,
                saveProvince,
                new H3(getTranslation("setup.blocks.title")),
                blocks,
                addBlock,
                new H3(getTranslation("setup.next.title")),
                new HorizontalLayout(units, users));
        loadProvince();
        reloadBlocks();
    }

    private TextField field(String id, String label, int maxLength) {
        TextField field = new TextField(getTranslation(label));
        field.setId(id);
        field.setMaxLength(maxLength);
        field.setRequired(true);
        return field;
    }

    private void loadProvince() {
        Optional<ProvinceSummary> province = directory.province();
        provinceVersion = province.map(ProvinceSummary::version).orElse(null);
        province.ifPresent(p -> {
            code.setValue(p.code());
            nameVi.setValue(p.nameVi());
            nameEn.setValue(p.nameEn());
            agencyVi.setValue(p.agencyVi() == null ? "" : p.agencyVi());
            agencyEn.setValue(p.agencyEn() == null ? "" : p.agencyEn());
        });
    }

    private void saveProvince() {
        try {
            ProvinceSummary saved = setup.saveProvince(
                    new ProvinceDraft(
                            code.getValue(),
                            nameVi.getValue(),
                            nameEn.getValue(),
                            agencyVi.getValue(),
                            agencyEn.getValue()),
                    provinceVersion);
            provinceVersion = saved.version();
            Notifications.success(getTranslation("setup.province.saved"));
        } catch (BusinessRuleException refusal) {
            Notifications.error(Messages.of(this, refusal));
        }
    }

    private HorizontalLayout actions(SetupBlock block) {
        Button up = new Button(VaadinIcon.ARROW_UP.create(), event -> run(() -> setup.moveBlock(block.id(), -1)));
        up.setId("setup-block-up-" + block.code());
        up.setTooltipText(getTranslation("setup.block.up"));
        Button down = new Button(VaadinIcon.ARROW_DOWN.create(), event -> run(() -> setup.moveBlock(block.id(), 1)));
        down.setId("setup-block-down-" + block.code());
        down.setTooltipText(getTranslation("setup.block.down"));
        Button rename = new Button(VaadinIcon.EDIT.create(), event -> rename(block));
        rename.setId("setup-block-rename-" + block.code());
        rename.setTooltipText(getTranslation("setup.block.rename"));
        Button delete = new Button(VaadinIcon.TRASH.create(), event -> run(() -> setup.deleteBlock(block.id())));
        delete.setId("setup-block-delete-" + block.code());
        delete.setTooltipText(getTranslation("setup.block.delete"));
        delete.setEnabled(block.units() == 0);
        for (Button button : new Button[] {up, down, rename, delete}) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        }
        return new HorizontalLayout(up, down, rename, delete);
    }

    private void rename(SetupBlock block) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("setup.block.rename"));
        TextField vi = field("setup-rename-vi", "setup.block.nameVi", TextLimits.ORGANIZATION_NAME);
        TextField en = field("setup-rename-en", "setup.block.nameEn", TextLimits.ORGANIZATION_NAME);
        vi.setValue(block.nameVi());
        en.setValue(block.nameEn());
        dialog.add(new FormLayout(vi, en));
        Button save = new Button(getTranslation("action.save"), event -> {
            try {
                setup.renameBlock(block.id(), block.version(), vi.getValue(), en.getValue());
                dialog.close();
                reloadBlocks();
            } catch (BusinessRuleException refusal) {
                Notifications.error(Messages.of(this, refusal));
            }
        });
        save.setId("setup-rename-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), event -> dialog.close()), save);
        dialog.open();
    }

    private void addBlock() {
        if (run(() -> setup.addBlock(blockCode.getValue(), blockNameVi.getValue(), blockNameEn.getValue()))) {
            blockCode.clear();
            blockNameVi.clear();
            blockNameEn.clear();
        }
    }

    private boolean run(Runnable change) {
        boolean done = false;
        try {
            change.run();
            done = true;
        } catch (BusinessRuleException refusal) {
            Notifications.error(Messages.of(this, refusal));
        }
        reloadBlocks();
        return done;
    }

    private void reloadBlocks() {
        blocks.setItems(setup.blocks());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("setup.title");
    }
}
