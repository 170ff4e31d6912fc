package vn.parindex.period.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.TextLimits;
import vn.parindex.shared.ui.Messages;

/** Asks for the reason of a step that must be justified, then runs it. */
class ReasonDialog extends Dialog {

    ReasonDialog(String title, Consumer<String> action) {
        setHeaderTitle(title);
        setId("reason-dialog");
        TextArea reason = new TextArea(getTranslation("periods.reason"));
        reason.setId("reason-text");
        reason.setWidthFull();
        reason.setMaxLength(TextLimits.REASON);
        reason.setRequiredIndicatorVisible(true);
        add(reason);
        Button confirm = new Button(getTranslation("action.confirm"), event -> {
            try {
                action.accept(reason.getValue());
                close();
            } catch (BusinessRuleException refusal) {
                reason.setErrorMessage(Messages.of(this, refusal));
                reason.setInvalid(true);
            }
        });
        confirm.setId("reason-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), event -> close()), confirm);
        setWidth("480px");
    }
}
