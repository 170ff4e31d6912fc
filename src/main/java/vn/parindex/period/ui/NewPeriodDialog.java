package vn.parindex.period.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import vn.parindex.organization.BlockSummary;
import vn.parindex.period.PeriodAdministration;
import vn.parindex.period.StartingCriteria;
import vn.parindex.period.StartingCriteria.StartingSet;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.Locales;
import vn.parindex.shared.ui.Messages;
import vn.parindex.shared.ui.Notifications;

/** Creates next year's period; the previous year's criteria sets and bands are copied. */
class NewPeriodDialog extends Dialog {

    NewPeriodDialog(
            PeriodAdministration administration,
            int suggestedYear,
            List<Integer> existingYears,
            List<BlockSummary> blocks,
            List<StartingCriteria> startingCriteria,
            Consumer<Long> onCreated) {
        setHeaderTitle(getTranslation("periods.new"));
        setId("new-period-dialog");
        IntegerField year = new IntegerField(getTranslation("periods.year"));
        year.setId("new-period-year");
        year.setValue(suggestedYear);
        TextField titleVi = new TextField(getTranslation("periods.titleVi"));
        titleVi.setId("new-period-title-vi");
        titleVi.setValue(getTranslation("periods.defaultTitleVi", String.valueOf(suggestedYear)));
        TextField titleEn = new TextField(getTranslation("periods.titleEn"));
        titleEn.setId("new-period-title-en");
        titleEn.setValue(getTranslation("periods.defaultTitleEn", String.valueOf(suggestedYear)));
        year.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                titleVi.setValue(getTranslation("periods.defaultTitleVi", String.valueOf(event.getValue())));
                titleEn.setValue(getTranslation("periods.defaultTitleEn", String.valueOf(event.getValue())));
            }
        });
        FormLayout form = new FormLayout(year, titleVi, titleEn);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Paragraph help = new Paragraph(getTranslation("periods.new.help"));
        // A first period has no previous year to copy: each block starts from a shipped set or an import.
        List<StartingSet> options = startingCriteria.stream()
                .flatMap(criteria -> criteria.startingSets().stream())
                .toList();
        Map<Long, Select<StartingSet>> starts = new LinkedHashMap<>();
        FormLayout startForm = new FormLayout();
        startForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        for (int i = 0; i < blocks.size(); i++) {
            BlockSummary block = blocks.get(i);
            Select<StartingSet> start = new Select<>();
            start.setId("new-period-start-" + block.code());
            start.setLabel(getTranslation("periods.new.startFor", block.name(getLocale())));
            start.setItems(options);
            start.setItemLabelGenerator(option -> Locales.pick(getLocale(), option.nameVi(), option.nameEn()));
            if (!options.isEmpty()) {
                start.setValue(options.get(Math.min(i, options.size() - 1)));
            }
            starts.put(block.id(), start);
            startForm.add(start);
        }
        Paragraph firstHelp = new Paragraph(getTranslation("periods.new.firstHelp"));
        firstHelp.setId("new-period-first-help");
        Runnable showStarts = () -> {
            Integer chosen = year.getValue();
            boolean first = chosen != null && existingYears.stream().noneMatch(y -> y < chosen);
            help.setVisible(!first);
            firstHelp.setVisible(first);
            startForm.setVisible(first);
        };
        year.addValueChangeListener(event -> showStarts.run());
        showStarts.run();
        add(help, form, firstHelp, startForm);
        Button create = new Button(getTranslation("periods.create"), event -> {
            try {
                Map<Long, String> chosen = new LinkedHashMap<>();
                if (startForm.isVisible()) {
                    starts.forEach((blockId, start) -> {
                        if (start.getValue() != null) {
                            chosen.put(blockId, start.getValue().code());
                        }
                    });
                }
                long id = administration.createPeriod(
                        year.getValue() == null ? 0 : year.getValue(), titleVi.getValue(), titleEn.getValue(), chosen);
                Notifications.success(getTranslation("periods.created"));
                close();
                onCreated.accept(id);
            } catch (BusinessRuleException refusal) {
                year.setErrorMessage(Messages.of(this, refusal));
                year.setInvalid(true);
            }
        });
        create.setId("create-period");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), event -> close()), create);
        setWidth("520px");
    }
}
