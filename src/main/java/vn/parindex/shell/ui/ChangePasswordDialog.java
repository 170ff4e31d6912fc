package vn.parindex.shell.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import vn.parindex.security.AccountService;
import vn.parindex.security.PasswordPolicy;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.ui.Messages;
import vn.parindex.shared.ui.Notifications;

/** Lets signed-in users change their own password. */
class ChangePasswordDialog extends Dialog {

    private final PasswordField current = new PasswordField();
    private final PasswordField next = new PasswordField();
    private final PasswordField repeat = new PasswordField();

    ChangePasswordDialog(AccountService accounts) {
        setHeaderTitle(getTranslation("password.dialog.title"));
        setId("change-password-dialog");
        current.setLabel(getTranslation("password.current"));
        current.setId("current-password");
        next.setLabel(getTranslation("password.new"));
        next.setId("new-password");
        next.setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH));
        repeat.setLabel(getTranslation("password.repeat"));
        repeat.setId("repeat-password");
        for (PasswordField field : new PasswordField[] {current, next, repeat}) {
            field.setRequired(true);
            field.setWidthFull();
        }
        FormLayout form = new FormLayout(current, next, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        Button save = new Button(getTranslation("action.save"), event -> {
            clearErrors();
            if (!next.getValue().equals(repeat.getValue())) {
                repeat.setInvalid(true);
                repeat.setErrorMessage(getTranslation("password.mismatch"));
                return;
            }
            try {
                accounts.changeOwnPassword(current.getValue(), next.getValue());
                Notifications.success(getTranslation("password.changed"));
                close();
            } catch (BusinessRuleException refusal) {
                PasswordField field = "password.currentWrong".equals(refusal.messageKey()) ? current : next;
                field.setInvalid(true);
                field.setErrorMessage(Messages.of(this, refusal));
            }
        });
        save.setId("save-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), event -> close());
        getFooter().add(cancel, save);
        setWidth("420px");
    }

    private void clearErrors() {
        for (PasswordField field : new PasswordField[] {current, next, repeat}) {
            field.setInvalid(false);
        }
    }
}
