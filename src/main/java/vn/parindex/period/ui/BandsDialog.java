package vn.parindex.period.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import vn.parindex.organization.BlockSummary;
import vn.parindex.period.PeriodAdministration;
import vn.parindex.period.RankingBand;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.ui.Messages;
import vn.parindex.shared.ui.Notifications;

/** Edits a block's ranking bands: a threshold and a name in each language per band. */
class BandsDialog extends Dialog {

    private final VerticalLayout rows = new VerticalLayout();
    private final List<BandRow> bandRows = new ArrayList<>();

    BandsDialog(
            PeriodAdministration administration,
            long periodId,
            BlockSummary block,
            List<RankingBand> bands,
            Runnable onSaved) {
        setHeaderTitle(getTranslation("periods.bandsOf", block.name(getLocale())));
        setId("bands-dialog");
        rows.setPadding(false);
        bands.forEach(this::addRow);
        Button add = new Button(getTranslation("periods.addBand"), VaadinIcon.PLUS.create(), event -> addRow(null));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(rows, add);
        Button save = new Button(getTranslation("action.save"), event -> {
            try {
                administration.setBands(
                        periodId,
                        block.id(),
                        bandRows.stream().map(BandRow::band).toList());
                Notifications.success(getTranslation("periods.bandsSaved"));
                close();
                onSaved.run();
            } catch (BusinessRuleException refusal) {
                Notifications.error(Messages.of(this, refusal));
            }
        });
        save.setId("save-bands");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), event -> close()), save);
        setWidth("min(720px, 96vw)");
    }

    private void addRow(RankingBand band) {
        BandRow row = new BandRow(band);
        bandRows.add(row);
        Button remove = new Button(VaadinIcon.TRASH.create(), event -> {
            bandRows.remove(row);
            rows.remove(row.layout);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("action.delete"));
        row.layout.add(remove);
        rows.add(row.layout);
    }

    private final class BandRow {
        final BigDecimalField min = new BigDecimalField(getTranslation("periods.bandMin"));
        final TextField nameVi = new TextField(getTranslation("periods.bandNameVi"));
        final TextField nameEn = new TextField(getTranslation("periods.bandNameEn"));
        final HorizontalLayout layout = new HorizontalLayout(min, nameVi, nameEn);

        BandRow(RankingBand band) {
            min.setWidth("7em");
            layout.setAlignItems(HorizontalLayout.Alignment.BASELINE);
            if (band != null) {
                min.setValue(band.minIndex());
                nameVi.setValue(band.nameVi());
                nameEn.setValue(band.nameEn());
            }
        }

        RankingBand band() {
            return new RankingBand(min.getValue(), nameVi.getValue(), nameEn.getValue());
        }
    }
}
