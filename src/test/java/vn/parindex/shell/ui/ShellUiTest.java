package vn.parindex.shell.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parindex.period.PeriodDirectory;
import vn.parindex.security.AccountService;
import vn.parindex.security.Role;
import vn.parindex.support.Accounts;
import vn.parindex.support.KaribuTest;
import vn.parindex.support.SignIn;

class ShellUiTest extends KaribuTest {

    @Autowired
    AccountService accounts;

    @Test
    void theLoginPageIsInVietnameseAndShowsTheProvince() {
        openAnonymous();
        UI.getCurrent().navigate("login");
        LoginView login = _get(LoginView.class);
        assertThat(_get(login, H1.class).getText()).isEqualTo("Cổng Chỉ số cải cách hành chính");
        assertThat(_find(login, Span.class)).extracting(Span::getText).contains("Tỉnh Hải Dương");
        LoginForm form = _get(LoginForm.class);
        String i18n = i18nOf(form);
        assertThat(i18n).contains("Tên đăng nhập").contains("Mật khẩu").contains("hoặc đăng nhập đang tạm hoãn");
        assertThat(form.isError()).isFalse();
    }

    @Test
    void aFailedLoginShowsTheGenericError() {
        openAnonymous();
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        assertThat(_get(LoginForm.class).isError()).isTrue();
    }

    @Test
    void theMenuShowsOnlyWhatEachRoleMayOpen() {
        assertThat(menuOf("admin"))
                .containsExactly(
                        "Trang chủ", "Bộ tiêu chí", "Thiết lập ban đầu", "Đơn vị", "Người dùng", "Nhật ký hệ thống");
        assertThat(menuOf("noivu"))
                .containsExactly(
                        "Trang chủ",
                        "Bảng điều khiển",
                        "Tự đánh giá",
                        "Tổng hợp tự đánh giá",
                        "Kỳ đánh giá",
                        "Phân công thẩm định",
                        "Bộ tiêu chí",
                        "Nhập điểm điều tra",
                        "Biểu quyết của Hội đồng",
                        "Độ nhất quán thẩm định",
                        "Xếp hạng",
                        "Mô phỏng xếp hạng",
                        "Xếp loại người đứng đầu",
                        "Quy tắc xếp loại",
                        "Khen thưởng",
                        "Hình thức khen thưởng",
                        "Đơn vị",
                        "Nhật ký hệ thống");
        assertThat(menuOf("gtvt"))
                .containsExactly(
                        "Trang chủ",
                        "Bảng điều khiển đơn vị",
                        "Tự đánh giá",
                        "Giải trình",
                        "Bộ tiêu chí",
                        "Xếp hạng",
                        "Khen thưởng");
        assertThat(menuOf("hoidong1"))
                .containsExactly(
                        "Trang chủ",
                        "Bảng điều khiển",
                        "Kỳ đánh giá",
                        "Thẩm định",
                        "Bộ tiêu chí",
                        "Biểu quyết của Hội đồng",
                        "Xếp hạng",
                        "Mô phỏng xếp hạng");
        assertThat(menuOf("lanhdao"))
                .containsExactly(
                        "Trang chủ",
                        "Bảng điều khiển",
                        "Kỳ đánh giá",
                        "Bộ tiêu chí",
                        "Xếp hạng",
                        "Xếp loại người đứng đầu",
                        "Quy tắc xếp loại",
                        "Khen thưởng",
                        "Hình thức khen thưởng");
    }

    @Test
    void theHeaderShowsTheUserTheirUnitAndRoles() {
        openAs("gtvt");
        UI.getCurrent().navigate("");
        Span details = _get(Span.class, spec -> spec.withId("user-details"));
        assertThat(details.getText()).contains("Sở Giao thông vận tải").contains("Cán bộ đầu mối CCHC");
        assertThat(_get(Span.class, spec -> spec.withClasses("portal-user-name"))
                        .getText())
                .isEqualTo("Trần Thị Mai");
        assertThat(_get(HomeView.class).getElement().getTextRecursively()).contains("Sở Giao thông vận tải");
    }

    @Test
    void featuresContributeTheirCardsToTheHomePage() {
        openAs("gtvt");
        UI.getCurrent().navigate("");
        Div due = _get(Div.class, spec -> spec.withId("home-due"));
        assertThat(due.getElement().getTextRecursively())
                .contains("Tự đánh giá cần hoàn thành")
                .contains("Chỉ số cải cách hành chính năm 2024");
        assertThat(_find(due, Anchor.class).stream().map(Anchor::getHref))
                .contains("self-assessment?period=" + period2024());

        // A council member has no self-assessment to complete (their own cards depend on other tests' periods).
        openAs("hoidong1");
        UI.getCurrent().navigate("");
        _assertNone(Div.class, spec -> spec.withClasses("portal-card-due"));
    }

    private long period2024() {
        return context.getBean(PeriodDirectory.class).byYear(2024).orElseThrow().id();
    }

    @Test
    void theLanguageSwitchIsRememberedForTheUser() {
        String username = Accounts.create(context, Role.SECRETARIAT, null);
        openAs(username, Accounts.PASSWORD);
        UI.getCurrent().navigate("");
        ContextMenuKt._clickItemWithID(_get(MenuBar.class), "language-en");
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("en");
        assertThat(accounts.preferredLocale().getLanguage()).isEqualTo("en");

        // A new UI (the page reload after switching, or the next sign-in) is in English.
        openAs(username, Accounts.PASSWORD);
        UI.getCurrent().navigate("");
        assertThat(menuLabels())
                .containsExactly(
                        "Home",
                        "Dashboard",
                        "Self-assessment",
                        "Self-assessment overview",
                        "Periods",
                        "Appraisal assignments",
                        "Criteria sets",
                        "Survey import",
                        "Council vote",
                        "Appraiser consistency",
                        "Ranking",
                        "Ranking what-if",
                        "Leader classification",
                        "Classification rules",
                        "Awards",
                        "Award types",
                        "Units",
                        "Audit trail");
        assertThat(_get(HomeView.class).getElement().getTextRecursively()).contains("Welcome");
    }

    @Test
    void openingAForbiddenPageShowsTheTranslatedAccessDeniedPage() {
        openAs("gtvt");
        UI.getCurrent().navigate("admin/users");
        AccessDeniedView denied = _get(AccessDeniedView.class);
        assertThat(denied.getElement().getTextRecursively()).contains("Không có quyền truy cập");
    }

    private static String i18nOf(LoginForm form) {
        Object raw = form.getElement().getPropertyRaw("i18n");
        return raw instanceof elemental.json.JsonValue json ? json.toJson() : String.valueOf(raw);
    }

    private List<String> menuOf(String username) {
        openAs(username);
        UI.getCurrent().navigate("");
        return menuLabels();
    }

    private List<String> menuLabels() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    private void openAs(String username, String password) {
        SignIn.as(context, username, password);
        openAsSignedIn();
    }
}
