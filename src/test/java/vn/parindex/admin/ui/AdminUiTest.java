package vn.parindex.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import vn.parindex.organization.BlockSummary;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.organization.UnitAdministration;
import vn.parindex.organization.UnitSummary;
import vn.parindex.security.Role;
import vn.parindex.security.UserAdministration;
import vn.parindex.security.UserSummary;
import vn.parindex.support.KaribuTest;
import vn.parindex.support.SignIn;
import vn.parindex.support.UiAssertions;

class AdminUiTest extends KaribuTest {

    @Autowired
    UserAdministration users;

    @Autowired
    OrganizationDirectory directory;

    @Autowired
    UnitAdministration unitAdministration;

    @Autowired
    AuthenticationConfiguration authentication;

    @Test
    void theAdministratorCreatesAFocalPointFromTheUserList() {
        openAs("admin");
        UI.getCurrent().navigate("admin/users");
        @SuppressWarnings("unchecked")
        Grid<UserSummary> grid = _get(Grid.class, spec -> spec.withId("users-grid"));
        int before = GridKt._size(grid);

        _click(_get(Button.class, spec -> spec.withId("new-user")));
        String username = "dm" + UUID.randomUUID().toString().substring(0, 6);
        _setValue(_get(TextField.class, spec -> spec.withId("user-username")), username);
        _setValue(_get(TextField.class, spec -> spec.withId("user-full-name")), "Đinh Thị Mơ");
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = _get(CheckboxGroup.class, spec -> spec.withId("user-roles"));
        _setValue(roles, Set.of(Role.FOCAL_POINT));
        _setValue(_get(PasswordField.class, spec -> spec.withId("user-password")), "Mật-khẩu-ban-đầu");

        // Without a unit the focal point is refused at the unit field, and nothing is saved.
        _click(_get(Button.class, spec -> spec.withId("user-save")));
        @SuppressWarnings("unchecked")
        ComboBox<UnitSummary> unit = _get(ComboBox.class, spec -> spec.withId("user-unit"));
        assertThat(unit.isInvalid()).isTrue();
        assertThat(unit.getErrorMessage()).isEqualTo("Cán bộ đầu mối phải thuộc một đơn vị");
        assertThat(GridKt._size(grid)).isEqualTo(before);

        _setValue(
                unit,
                unit.getListDataView()
                        .getItems()
                        .filter(item -> item.code().equals("SYT"))
                        .findFirst()
                        .orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("user-save")));
        assertThat(UiAssertions.notificationTexts()).contains("Đã lưu tài khoản");
        assertThat(GridKt._size(grid)).isEqualTo(before + 1);
        UserSummary created = users.users().stream()
                .filter(user -> user.username().equals(username))
                .findFirst()
                .orElseThrow();
        assertThat(created.roles()).containsExactly(Role.FOCAL_POINT);
    }

    @Test
    void aTooShortPasswordIsRefusedAtTheField() {
        openAs("admin");
        UI.getCurrent().navigate("admin/users");
        _click(_get(Button.class, spec -> spec.withId("new-user")));
        _setValue(_get(TextField.class, spec -> spec.withId("user-username")), "ngan" + System.nanoTime() % 10000);
        _setValue(_get(TextField.class, spec -> spec.withId("user-full-name")), "Người thử");
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = _get(CheckboxGroup.class, spec -> spec.withId("user-roles"));
        _setValue(roles, Set.of(Role.LEADER));
        PasswordField password = _get(PasswordField.class, spec -> spec.withId("user-password"));
        _setValue(password, "ngan");
        _click(_get(Button.class, spec -> spec.withId("user-save")));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("Mật khẩu phải có ít nhất 10 ký tự");
    }

    @Test
    void theAdministratorDisablesAndResetsAnAccountFromItsDialog() {
        String username = vn.parindex.support.Accounts.create(context, Role.LEADER, null);
        openAs("admin");
        UI.getCurrent().navigate("admin/users");
        @SuppressWarnings("unchecked")
        Grid<UserSummary> grid = _get(Grid.class, spec -> spec.withId("users-grid"));
        _setValue(_get(TextField.class, spec -> spec.withId("user-search")), username);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        GridKt._clickItem(grid, 0, 1, false, false, false, false);
        _click(_get(Button.class, spec -> spec.withId("user-toggle-enabled")));
        assertThat(UiAssertions.notificationTexts()).contains("Đã vô hiệu hóa tài khoản");
        long id = users.users().stream()
                .filter(user -> user.username().equals(username))
                .findFirst()
                .orElseThrow()
                .id();
        assertThat(users.user(id).enabled()).isFalse();

        GridKt._clickItem(grid, 0, 1, false, false, false, false);
        _click(_get(Button.class, spec -> spec.withId("user-reset-password")));
        _setValue(_get(PasswordField.class, spec -> spec.withId("reset-password-value")), "Mat-khau-moi-2024");
        _click(_get(Button.class, spec -> spec.withId("reset-password-confirm")));
        assertThat(UiAssertions.notificationTexts()).contains("Đã đặt lại mật khẩu");
    }

    @Test
    void theAdministratorSeesAHeldBackAccountAndLiftsTheHold() {
        String username = vn.parindex.support.Accounts.create(context, Role.LEADER, null);
        String address = "198.18.7." + (System.nanoTime() % 200 + 1);
        for (int attempt = 1; attempt <= 5; attempt++) {
            UsernamePasswordAuthenticationToken guess =
                    UsernamePasswordAuthenticationToken.unauthenticated(username, "wrong-password");
            guess.setDetails(new WebAuthenticationDetails(address, null));
            try {
                authentication.getAuthenticationManager().authenticate(guess);
            } catch (BadCredentialsException expected) {
                // counted
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        openAs("admin");
        UI.getCurrent().navigate("admin/users");
        @SuppressWarnings("unchecked")
        Grid<UserSummary> grid = _get(Grid.class, spec -> spec.withId("users-grid"));
        _setValue(_get(TextField.class, spec -> spec.withId("user-search")), username);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        GridKt._clickItem(grid, 0, 1, false, false, false, false);
        assertThat(_get(Paragraph.class, spec -> spec.withId("user-throttle")).getText())
                .contains("Đăng nhập sai gần đây: 5 lần.")
                .contains("Đăng nhập từ 1 địa chỉ đang tạm hoãn");
        _click(_get(Button.class, spec -> spec.withId("user-unlock")));
        assertThat(UiAssertions.notificationTexts()).contains("Đã gỡ hạn chế đăng nhập của tài khoản");
        long id = users.users().stream()
                .filter(user -> user.username().equals(username))
                .findFirst()
                .orElseThrow()
                .id();
        assertThat(users.user(id).loginThrottle().active()).isFalse();
    }

    @Test
    void theSecretariatFiltersUnitsByBlockAndEditsOne() {
        openAs("noivu");
        UI.getCurrent().navigate("admin/units");
        @SuppressWarnings("unchecked")
        Grid<UnitSummary> grid = _get(Grid.class, spec -> spec.withId("units-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(30);
        @SuppressWarnings("unchecked")
        Select<BlockSummary> block = _get(Select.class, spec -> spec.withId("block-filter"));
        _setValue(
                block,
                directory.blocks().stream()
                        .filter(b -> b.code().equals("DISTRICT"))
                        .findFirst()
                        .orElseThrow());
        assertThat(GridKt._size(grid)).isEqualTo(12);

        _setValue(_get(TextField.class, spec -> spec.withId("unit-search")), "Thanh Hà");
        assertThat(GridKt._size(grid)).isEqualTo(1);
        GridKt._clickItem(grid, 0, 1, false, false, false, false);
        TextField head = _get(TextField.class, spec -> spec.withId("unit-head-name"));
        _setValue(head, "Lê Minh Khoa (mới)");
        _click(_get(Button.class, spec -> spec.withId("unit-save")));
        assertThat(UiAssertions.notificationTexts()).contains("Đã lưu đơn vị");
        assertThat(GridKt._get(grid, 0).headName()).isEqualTo("Lê Minh Khoa (mới)");
    }

    @Test
    void aStaleUnitEditShowsWhatHappenedAndKeepsTheOtherChange() {
        openAs("noivu");
        UI.getCurrent().navigate("admin/units");
        @SuppressWarnings("unchecked")
        Grid<UnitSummary> grid = _get(Grid.class, spec -> spec.withId("units-grid"));
        _setValue(_get(TextField.class, spec -> spec.withId("unit-search")), "Bình Giang");
        GridKt._clickItem(grid, 0, 1, false, false, false, false);

        // Meanwhile another secretariat member saves the same unit.
        UnitSummary current = GridKt._get(grid, 0);
        unitAdministration.updateUnit(
                current.id(),
                current.version(),
                new vn.parindex.organization.UnitDraft(
                        current.code(),
                        current.nameVi(),
                        current.nameEn(),
                        current.shortName(),
                        current.blockId(),
                        current.ranked(),
                        "Người khác đã sửa",
                        current.headTitleVi(),
                        current.headTitleEn(),
                        current.sortOrder()));

        _setValue(_get(TextField.class, spec -> spec.withId("unit-head-name")), "Bản sửa cũ");
        _click(_get(Button.class, spec -> spec.withId("unit-save")));
        assertThat(UiAssertions.notificationTexts()).anyMatch(text -> text.contains("vừa được người khác thay đổi"));
        assertThat(directory.unit(current.id()).headName()).isEqualTo("Người khác đã sửa");
    }

    @Test
    void aRequiredUnitNameIsShownAtTheField() {
        openAs("noivu");
        UI.getCurrent().navigate("admin/units");
        _click(_get(Button.class, spec -> spec.withId("new-unit")));
        _setValue(_get(TextField.class, spec -> spec.withId("unit-code")), "SO_MOI");
        _click(_get(Button.class, spec -> spec.withId("unit-save")));
        TextField nameVi = _get(TextField.class, spec -> spec.withId("unit-name-vi"));
        assertThat(nameVi.isInvalid()).isTrue();
        assertThat(nameVi.getErrorMessage()).isEqualTo("Vui lòng nhập tên tiếng Việt");
        SignIn.as(context, "noivu");
        assertThat(directory.units()).noneMatch(unit -> unit.code().equals("SO_MOI"));
    }
}
