package vn.parindex.period.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import vn.parindex.period.PeriodAdministration;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.ui.Messages;
import vn.parindex.shared.ui.Notifications;

/** Creates next year's period; the previous year's criteria sets and bands are copied. */
class NewPeriodDialog extends Dialog {

    NewPeriodDialog(PeriodAdministration administration, int suggestedYear, Consumer<Long> onCreated) {
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
        add(new Paragraph(getTranslation("periods.new.help")), form);
        Button create = new Button(getTranslation("periods.create"), event -> {
            try {
                long id = administration.createPeriod(
                        year.getValue() == null ? 0 : year.getValue(), titleVi.getValue(), titleEn.getValue());
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
