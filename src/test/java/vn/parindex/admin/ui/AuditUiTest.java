package vn.parindex.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parindex.audit.AuditEntry;
import vn.parindex.audit.AuditLog;
import vn.parindex.shell.ui.AccessDeniedView;
import vn.parindex.support.KaribuTest;

class AuditUiTest extends KaribuTest {

    @Autowired
    AuditLog auditLog;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSecretariatFiltersTheTrailByUserAndVerifiesIt() {
        String actor = "ui" + UUID.randomUUID().toString().substring(0, 8);
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < 3; i++) {
                auditLog.recordFor(actor, "10.1.2.3", "TEST_UI_EVENT", "TEST", String.valueOf(i), "old", "new" + i);
            }
        });
        openAs("noivu");
        UI.getCurrent().navigate("audit");
        @SuppressWarnings("unchecked")
        Grid<AuditEntry> grid = _get(Grid.class, spec -> spec.withId("audit-grid"));
        assertThat(GridKt._fetch(grid, 0, 50)).isNotEmpty();

        _setValue(_get(TextField.class, spec -> spec.withId("audit-actor")), actor);
        List<AuditEntry> shown = GridKt._fetch(grid, 0, 50);
        assertThat(shown).hasSize(3).allMatch(entry -> entry.actor().equals(actor));
        // newest first
        assertThat(shown).extracting(AuditEntry::newValue).containsExactly("new2", "new1", "new0");

        _click(_get(Button.class, spec -> spec.withId("audit-verify")));
        assertThat(_get(Span.class, spec -> spec.withId("audit-verification")).getText())
                .startsWith("Nhật ký toàn vẹn");
    }

    @Test
    void actionsAndEntityTypesReadAsTranslatedLabelsAndUnknownCodesAsThemselves() {
        String actor = "lb" + UUID.randomUUID().toString().substring(0, 8);
        transactions.executeWithoutResult(status -> {
            auditLog.recordFor(actor, "10.1.2.3", "TEST_UI_UNLABELLED", "TEST", "x", null, null);
            auditLog.recordFor(actor, "10.1.2.3", "LOGIN_SUCCESS", "USER", "2", null, null);
        });

        openAs("noivu");
        UI.getCurrent().navigate("audit");
        assertThat(shownFor(actor))
                .containsExactly(
                        List.of("Đăng nhập thành công", "Người dùng #2"), List.of("TEST_UI_UNLABELLED", "TEST #x"));
        ComboBox<String> action = combo("audit-action");
        assertThat(ComboBoxKt.getSuggestions(action)).contains("Đăng nhập thành công", "TEST_UI_UNLABELLED");
        assertThat(ComboBoxKt.getSuggestions(combo("audit-entity"))).contains("Người dùng");
        // the label is shown, the code is what the filter holds
        ComboBoxKt.selectByLabel(action, "Đăng nhập thành công");
        assertThat(action.getValue()).isEqualTo("LOGIN_SUCCESS");
        assertThat(shownFor(actor)).containsExactly(List.of("Đăng nhập thành công", "Người dùng #2"));
        ComboBoxKt.selectByLabel(combo("audit-entity"), "Người dùng");
        assertThat(combo("audit-entity").getValue()).isEqualTo("USER");
        AuditView view = _get(AuditView.class);
        assertThat(view.actionLabel("AWARD_NOMINATION_APPROVED")).isEqualTo("Phê duyệt đề nghị khen thưởng");
        assertThat(view.actionLabel("SOME_FUTURE_CODE")).isEqualTo("SOME_FUTURE_CODE");

        openAs("noivu");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("audit");
        assertThat(shownFor(actor))
                .containsExactly(List.of("Login succeeded", "User #2"), List.of("TEST_UI_UNLABELLED", "TEST #x"));
        assertThat(ComboBoxKt.getSuggestions(combo("audit-action"))).contains("Login succeeded");
        assertThat(ComboBoxKt.getSuggestions(combo("audit-entity"))).contains("User");
        assertThat(_get(AuditView.class).entityTypeLabel("AWARD_NOMINATION")).isEqualTo("Award nomination");
    }

    /** The action and entity cells of the actor's events, newest first. */
    private List<List<String>> shownFor(String actor) {
        _setValue(_get(TextField.class, spec -> spec.withId("audit-actor")), actor);
        @SuppressWarnings("unchecked")
        Grid<AuditEntry> grid = _get(Grid.class, spec -> spec.withId("audit-grid"));
        return GridKt._fetch(grid, 0, 50).stream()
                .map(entry -> List.of(
                        GridKt._getFormatted(grid.getColumnByKey("action"), entry),
                        GridKt._getFormatted(grid.getColumnByKey("entity"), entry)))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> combo(String id) {
        return _get(ComboBox.class, spec -> spec.withId(id));
    }

    @Test
    void aFocalPointIsRefusedTheTrailAndTheRefusalIsAudited() {
        int before = denials("gtvt", "/audit");
        openAs("gtvt");
        UI.getCurrent().navigate("audit");
        assertThat(_find(AuditView.class)).isEmpty();
        assertThat(_find(AccessDeniedView.class)).hasSize(1);
        assertThat(denials("gtvt", "/audit")).isEqualTo(before + 1);
    }

    private int denials(String actor, String target) {
        Integer count = jdbc.queryForObject(
                "select count(*) from audit_event where action = 'ACCESS_DENIED' and actor = ? and entity_id = ?",
                Integer.class,
                actor,
                target);
        return count == null ? 0 : count;
    }
}
