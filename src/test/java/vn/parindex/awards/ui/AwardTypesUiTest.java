package vn.parindex.awards.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.awards.AwardTypeUsage;
import vn.parindex.shell.ui.AccessDeniedView;
import vn.parindex.support.KaribuTest;
import vn.parindex.support.UiAssertions;

/** /awards/types: the secretariat adds and deactivates a type, a taken name shows at its field, the leader reads. */
class AwardTypesUiTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @SuppressWarnings("unchecked")
    private Grid<AwardTypeUsage> grid() {
        return _get(Grid.class, spec -> spec.withId("award-types-grid"));
    }

    private int types() {
        return jdbc.queryForObject("select count(*) from award_type", Integer.class);
    }

    @Test
    void theSecretariatAddsATypeSeesATakenNameAtItsFieldAndDeactivatesIt() {
        openAs("noivu");
        UI.getCurrent().navigate("awards/types");
        Grid<AwardTypeUsage> grid = grid();
        assertThat(GridKt._get(grid, 0).type().nameVi()).isEqualTo("Bằng khen của Chủ tịch UBND tỉnh");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        int before = types();

        _click(_get(Button.class, spec -> spec.withId("award-types-add")));
        TextField vi = _get(TextField.class, spec -> spec.withId("award-types-name-vi"));
        TextField en = _get(TextField.class, spec -> spec.withId("award-types-name-en"));
        HasValueUtilsKt._setValue(vi, "bằng khen của chủ tịch ubnd tỉnh", true);
        HasValueUtilsKt._setValue(en, "Trial " + suffix, true);
        _click(_get(Button.class, spec -> spec.withId("award-types-save")));
        assertThat(vi.isInvalid()).isTrue();
        assertThat(vi.getErrorMessage())
                .isEqualTo("Đã có hình thức khen thưởng tên \"bằng khen của chủ tịch ubnd tỉnh\".");
        assertThat(en.isInvalid()).isFalse();
        assertThat(types()).isEqualTo(before);

        HasValueUtilsKt._setValue(vi, "Giấy khen thử " + suffix, true);
        _click(_get(Button.class, spec -> spec.withId("award-types-save")));
        assertThat(types()).isEqualTo(before + 1);
        AwardTypeUsage added = grid().getListDataView()
                .getItems()
                .filter(u -> u.type().nameVi().equals("Giấy khen thử " + suffix))
                .findFirst()
                .orElseThrow();
        try {
            grid().select(added);
            _click(_get(Button.class, spec -> spec.withId("award-types-deactivate")));
            assertThat(jdbc.queryForObject(
                            "select active from award_type where id = ?",
                            Boolean.class,
                            added.type().id()))
                    .isFalse();
            AwardTypeUsage inactive = grid().getListDataView()
                    .getItems()
                    .filter(u -> u.type().id() == added.type().id())
                    .findFirst()
                    .orElseThrow();
            assertThat(inactive.type().active()).isFalse();
            // the default cannot be deactivated: no such button on it
            grid().select(GridKt._get(grid(), 0));
            assertThat(_find(Button.class, spec -> spec.withId("award-types-deactivate")))
                    .isEmpty();
            assertThat(_find(Button.class, spec -> spec.withId("award-types-delete")))
                    .isEmpty();
        } finally {
            jdbc.update("delete from award_type where id = ?", added.type().id());
        }
        assertThat(UiAssertions.notificationTexts()).contains("Đã lưu hình thức khen thưởng.");
    }

    @Test
    void theLeaderReadsTheTypesWithoutActionsAndAFocalPointIsRefused() {
        openAs("lanhdao");
        UI.getCurrent().navigate("awards/types");
        assertThat(GridKt._size(grid())).isGreaterThanOrEqualTo(2);
        assertThat(_find(Button.class, spec -> spec.withId("award-types-add"))).isEmpty();
        grid().select(GridKt._get(grid(), 0));
        assertThat(_find(Button.class, spec -> spec.withId("award-types-rename")))
                .isEmpty();
        openAs("gtvt");
        UI.getCurrent().navigate("awards/types");
        assertThat(_find(AccessDeniedView.class)).hasSize(1);
        assertThat(_find(Grid.class, spec -> spec.withId("award-types-grid"))).isEmpty();
    }
}
