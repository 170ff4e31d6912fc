package vn.parindex.shell.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.security.PasswordResets;
import vn.parindex.shared.Locales;

/**
 * Sign-in page; any failure shows one message that never reveals whether the account exists. When
 * the portal can send mail it offers the forgotten-password link, and confirms a password just reset.
 */
@StyleSheet(PortalAppShell.STYLE_SHEET)
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient AuthenticationContext authentication;
    private final LoginForm form = new LoginForm();
    private final Paragraph passwordResetDone = new Paragraph();

    public LoginView(
            AuthenticationContext authentication, OrganizationDirectory organization, PasswordResets passwordResets) {
        this.authentication = authentication;
        addClassName("portal-login");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);

        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("portal-login-title");
        Span province =
                new Span(organization.province().map(p -> p.name(getLocale())).orElse(""));
        province.addClassName("portal-login-province");
        Div heading = new Div(VaadinIcon.CHART_GRID.create(), title, province);
        heading.addClassName("portal-login-heading");

        boolean resets = passwordResets.available();
        form.setAction("login");
        form.setForgotPasswordButtonVisible(resets);
        form.addForgotPasswordListener(event -> getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        form.setI18n(translatedI18n());
        form.setId("login-form");

        passwordResetDone.setText(getTranslation("login.passwordReset.done"));
        passwordResetDone.setId("login-password-reset-done");
        passwordResetDone.addClassName("portal-success");
        passwordResetDone.setVisible(false);
        Paragraph help = new Paragraph(
                resets
                        ? getTranslation(
                                "login.help.reset", passwordResets.validity().toMinutes())
                        : getTranslation("login.help", agency(organization)));
        help.setId("login-help");
        help.addClassName("portal-muted");
        add(heading, passwordResetDone, form, help, languageSwitch());
    }

    private String agency(OrganizationDirectory organization) {
        return organization.agency(getLocale()).orElseGet(() -> getTranslation("agency.unset"));
    }

    private HorizontalLayout languageSwitch() {
        HorizontalLayout languages = new HorizontalLayout();
        languages.setId("login-languages");
        for (Locale option : Locales.SUPPORTED) {
            Button button = new Button(getTranslation("language." + option.getLanguage()), event -> {
                VaadinSession.getCurrent().setAttribute(Locales.SESSION_ATTRIBUTE, option);
                getUI().ifPresent(ui -> ui.getPage().reload());
            });
            button.setId("login-language-" + option.getLanguage());
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            button.setEnabled(!option.getLanguage().equals(getLocale().getLanguage()));
            languages.add(button);
        }
        return languages;
    }

    private LoginI18n translatedI18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        texts.setForgotPassword(getTranslation("login.forgotPassword"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        form.setError(parameters.containsKey("error"));
        passwordResetDone.setVisible(parameters.containsKey(ResetPasswordView.DONE_PARAMETER));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.pageTitle");
    }
}
