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
import vn.parindex.shared.Locales;

/** Sign-in page; any failure shows one message that never reveals whether the account exists. */
@StyleSheet(PortalAppShell.STYLE_SHEET)
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient AuthenticationContext authentication;
    private final LoginForm form = new LoginForm();

    public LoginView(AuthenticationContext authentication, OrganizationDirectory organization) {
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

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(translatedI18n());
        form.setId("login-form");

        Paragraph help = new Paragraph(getTranslation("login.help"));
        help.addClassName("portal-muted");
        add(heading, form, help, languageSwitch());
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
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.pageTitle");
    }
}
