package vn.parindex.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import vn.parindex.security.PasswordPolicy;
import vn.parindex.security.UserAdministration;
import vn.parindex.security.UserSummary;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.ui.Messages;
import vn.parindex.shared.ui.Notifications;

/** The administrator sets a new password for a user who lost theirs; it also lifts a lockout. */
class ResetPasswordDialog extends Dialog {

    ResetPasswordDialog(UserAdministration administration, UserSummary user, Runnable onDone) {
        setId("reset-password-dialog");
        setHeaderTitle(getTranslation("users.resetPassword"));
        PasswordField password = new PasswordField(getTranslation("password.new"));
        password.setId("reset-password-value");
        password.setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH));
        password.setWidthFull();
        add(new Paragraph(getTranslation("users.resetPassword.text", user.username())), password);
        Button confirm = new Button(getTranslation("users.resetPassword.confirm"), event -> {
            try {
                administration.resetPassword(user.id(), password.getValue());
                Notifications.success(getTranslation("users.passwordReset"));
                close();
                onDone.run();
            } catch (BusinessRuleException refusal) {
                password.setErrorMessage(Messages.of(this, refusal));
                password.setInvalid(true);
            }
        });
        confirm.setId("reset-password-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), event -> close()), confirm);
        setWidth("420px");
    }
}
