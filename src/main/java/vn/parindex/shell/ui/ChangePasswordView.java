package vn.parindex.shell.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import vn.parindex.security.AccountService;
import vn.parindex.security.PasswordPolicy;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.ui.Messages;
import vn.parindex.shared.ui.Notifications;

/**
 * Where a user signed in with a one-time password is sent, from every route, until they set their
 * own (see {@code PortalUiSetup}). Nothing else of the portal is shown meanwhile; signing out stays
 * possible. Any signed-in user may also open it to change their password.
 */
@StyleSheet(PortalAppShell.STYLE_SHEET)
@Route(value = ChangePasswordView.ROUTE, autoLayout = false)
@PermitAll
public class ChangePasswordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "change-password";

    private final transient AccountService accounts;
    private final Paragraph why = new Paragraph();
    private final PasswordField current = new PasswordField();
    private final PasswordField next = new PasswordField();
    private final PasswordField repeat = new PasswordField();

    public ChangePasswordView(AccountService accounts, AuthenticationContext authentication) {
        this.accounts = accounts;
        addClassName("portal-login");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);

        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("portal-login-title");
        Div heading = new Div(VaadinIcon.CHART_GRID.create(), title);
        heading.addClassName("portal-login-heading");

        Div panel = new Div();
        panel.addClassName("portal-login-panel");
        panel.setId("forced-password-panel");
        why.setText(getTranslation("forcedPassword.why"));
        why.setId("forced-password-why");
        current.setLabel(getTranslation("forcedPassword.current"));
        current.setId("forced-current");
        next.setLabel(getTranslation("password.new"));
        next.setId("forced-new");
        next.setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH));
        repeat.setLabel(getTranslation("password.repeat"));
        repeat.setId("forced-repeat");
        for (PasswordField field : new PasswordField[] {current, next, repeat}) {
            field.setRequired(true);
            field.setWidthFull();
        }
        Button save = new Button(getTranslation("forcedPassword.save"), event -> save());
        save.setId("forced-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setWidthFull();
        Button logout = new Button(getTranslation("header.logout"), event -> authentication.logout());
        logout.setId("forced-logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setWidthFull();
        panel.add(new H2(getTranslation("forcedPassword.title")), why, current, next, repeat, save, logout);
        add(heading, panel);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Anyone may change their password here; only a one-time password's owner is told why.
        why.setVisible(accounts.mustChangePassword());
    }

    private void save() {
        for (PasswordField field : new PasswordField[] {current, next, repeat}) {
            field.setInvalid(false);
        }
        if (!next.getValue().equals(repeat.getValue())) {
            repeat.setInvalid(true);
            repeat.setErrorMessage(getTranslation("password.mismatch"));
            return;
        }
        try {
            accounts.changeOwnPassword(current.getValue(), next.getValue());
        } catch (BusinessRuleException refusal) {
            PasswordField field = "password.currentWrong".equals(refusal.messageKey()) ? current : next;
            field.setInvalid(true);
            field.setErrorMessage(Messages.of(this, refusal));
            return;
        }
        Notifications.success(getTranslation("password.changed"));
        getUI().ifPresent(ui -> ui.navigate(HomeView.class));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forcedPassword.title");
    }
}
