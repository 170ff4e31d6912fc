package vn.parindex.admin.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.parindex.organization.UnitSummary;
import vn.parindex.security.LoginThrottleState;
import vn.parindex.security.PasswordPolicy;
import vn.parindex.security.Role;
import vn.parindex.security.UserAdministration;
import vn.parindex.security.UserDraft;
import vn.parindex.security.UserSummary;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.TextLimits;
import vn.parindex.shared.ui.Formats;
import vn.parindex.shared.ui.Messages;
import vn.parindex.shared.ui.Notifications;

/**
 * Creates an account, or edits one: roles and unit, enable or disable, see and lift sign-in
 * throttling, reset the password.
 */
class UserEditor extends Dialog {

    private final transient UserAdministration administration;
    private final UserSummary user;
    private final Runnable onChange;

    private final TextField username = new TextField();
    private final TextField fullName = new TextField();
    private final EmailField email = new EmailField();
    private final ComboBox<UnitSummary> unit = new ComboBox<>();
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    private final PasswordField password = new PasswordField();
    private final Map<String, HasValidation> fieldsByRule;

    UserEditor(
            UserAdministration administration,
            List<UnitSummary> units,
            String agency,
            UserSummary user,
            Runnable onChange) {
        this.administration = administration;
        this.user = user;
        this.onChange = onChange;
        setId("user-editor");
        setHeaderTitle(user == null ? getTranslation("users.new") : getTranslation("users.edit", user.username()));
        setWidth("min(720px, 96vw)");

        username.setLabel(getTranslation("users.username"));
        username.setId("user-username");
        username.setHelperText(getTranslation("users.usernameHint"));
        username.setReadOnly(user != null);
        username.setRequiredIndicatorVisible(true);
        fullName.setLabel(getTranslation("users.fullName"));
        fullName.setId("user-full-name");
        fullName.setMaxLength(TextLimits.PERSON_NAME);
        fullName.setRequiredIndicatorVisible(true);
        email.setLabel(getTranslation("users.email"));
        email.setId("user-email");
        email.setErrorMessage(getTranslation("user.email.invalid"));
        unit.setLabel(getTranslation("users.unit"));
        unit.setId("user-unit");
        unit.setHelperText(getTranslation("users.unitHint"));
        unit.setClearButtonVisible(true);
        unit.setItems(units.stream()
                .filter(UnitSummary::active)
                .sorted(Comparator.comparing(UnitSummary::shortName))
                .toList());
        unit.setItemLabelGenerator(item -> item.shortName() + " – " + item.name(getLocale()));
        roles.setLabel(getTranslation("users.roles"));
        roles.setId("user-roles");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(role -> getTranslation(role.labelKey(), agency));
        roles.setRequiredIndicatorVisible(true);
        password.setLabel(getTranslation("users.initialPassword"));
        password.setId("user-password");
        password.setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH));
        password.setRequiredIndicatorVisible(true);

        fieldsByRule = Map.of(
                "user.username", username,
                "user.fullName", fullName,
                "user.email", email,
                "user.unit", unit,
                "user.roles", roles,
                "password", password,
                "field", fullName);

        FormLayout form = new FormLayout(username, fullName, email, unit, roles);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("520px", 2));
        form.setColspan(unit, 2);
        form.setColspan(roles, 2);
        if (user == null) {
            form.add(password);
        } else {
            username.setValue(user.username());
            fullName.setValue(user.fullName());
            email.setValue(user.email() == null ? "" : user.email());
            units.stream()
                    .filter(item -> user.unitId() != null && item.id() == user.unitId())
                    .findFirst()
                    .ifPresent(unit::setValue);
            roles.setValue(user.roles());
        }
        add(form);
        if (user != null && user.loginThrottle().active()) {
            add(throttleSummary(user.loginThrottle()));
        }
        buildFooter();
    }

    /** What holds the account's sign-ins back now, so the administrator can decide to lift it. */
    private Paragraph throttleSummary(LoginThrottleState throttle) {
        Locale locale = getLocale();
        List<String> lines = new ArrayList<>();
        lines.add(getTranslation("users.throttle.failures", throttle.failures()));
        if (throttle.blockedEverywhereUntil() != null) {
            lines.add(getTranslation(
                    "users.throttle.everywhere", Formats.dateTime(throttle.blockedEverywhereUntil(), locale)));
        }
        if (throttle.blockedAddresses() > 0) {
            lines.add(getTranslation(
                    "users.throttle.addresses",
                    throttle.blockedAddresses(),
                    Formats.dateTime(throttle.latestAddressBlockUntil(), locale)));
        }
        Paragraph summary = new Paragraph(String.join(" ", lines));
        summary.setId("user-throttle");
        summary.addClassName("portal-muted");
        return summary;
    }

    private void buildFooter() {
        Button save = new Button(getTranslation("action.save"), event -> save());
        save.setId("user-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), event -> close());
        if (user != null) {
            Button reset = new Button(
                    getTranslation("users.resetPassword"),
                    event -> new ResetPasswordDialog(administration, user, this::changed).open());
            reset.setId("user-reset-password");
            Button toggle = new Button(
                    getTranslation(user.enabled() ? "users.disable" : "users.enable"),
                    event -> run(
                            () -> administration.setEnabled(user.id(), !user.enabled()),
                            user.enabled() ? "users.disabled" : "users.enabled"));
            toggle.setId("user-toggle-enabled");
            toggle.addThemeVariants(user.enabled() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
            getFooter().add(reset, toggle);
            if (user.loginThrottle().active()) {
                Button unlock = new Button(
                        getTranslation("users.unlock"),
                        event -> run(() -> administration.unlock(user.id()), "users.unlocked"));
                unlock.setId("user-unlock");
                getFooter().add(unlock);
            }
        }
        getFooter().add(cancel, save);
    }

    private void save() {
        fieldsByRule.values().forEach(field -> field.setInvalid(false));
        Set<Role> selected = roles.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(roles.getValue());
        UserDraft draft = new UserDraft(
                username.getValue(),
                fullName.getValue(),
                email.getValue(),
                unit.getValue() == null ? null : unit.getValue().id(),
                selected,
                password.getValue());
        run(
                () -> {
                    if (user == null) {
                        administration.create(draft);
                    } else {
                        administration.update(user.id(), user.version(), draft);
                    }
                },
                "users.saved");
    }

    private void run(Runnable action, String successKey) {
        try {
            action.run();
            Notifications.success(getTranslation(successKey));
            changed();
        } catch (BusinessRuleException refusal) {
            String message = Messages.of(this, refusal);
            fieldsByRule.entrySet().stream()
                    .filter(entry -> refusal.messageKey().startsWith(entry.getKey() + "."))
                    .findFirst()
                    .ifPresentOrElse(
                            entry -> {
                                entry.getValue().setErrorMessage(message);
                                entry.getValue().setInvalid(true);
                            },
                            () -> Notifications.error(message));
        }
    }

    private void changed() {
        close();
        onChange.run();
    }
}
