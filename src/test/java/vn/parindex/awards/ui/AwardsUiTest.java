package vn.parindex.awards.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.awards.Nomination;
import vn.parindex.awards.NominationStatus;
import vn.parindex.organization.UnitSummary;
import vn.parindex.support.KaribuTest;
import vn.parindex.support.UiAssertions;

/** The awards page per role on the demo's 2023 decision, and refusals shown without changing anything. */
class AwardsUiTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @SuppressWarnings("unchecked")
    private Grid<Nomination> grid() {
        return _get(Grid.class, spec -> spec.withId("awards-grid"));
    }

    private int nominations() {
        return jdbc.queryForObject("select count(*) from award_nomination", Integer.class);
    }

    @Test
    void theLeaderSeesThe2023ListDecidedWithItsDecisionAndPackage() {
        openAs("lanhdao");
        UI.getCurrent().navigate("awards", com.vaadin.flow.router.QueryParameters.of("period", "2023"));
        Grid<Nomination> grid = grid();
        assertThat(GridKt._size(grid)).isEqualTo(21);
        assertThat(GridKt._get(grid, 0).status()).isEqualTo(NominationStatus.DECIDED);
        String decisions = _get(VerticalLayout.class, spec -> spec.withId("awards-decisions"))
                .getElement()
                .getTextRecursively();
        assertThat(decisions)
                .contains("845/QĐ-UBND")
                .contains("11 tập thể, 10 cá nhân")
                .contains("Triệu Thế Hùng");
        assertThat(_find(Anchor.class, spec -> spec.withText("Quyết định (PDF)")))
                .hasSize(1);
        assertThat(_find(Anchor.class, spec -> spec.withText("Danh sách và hồ sơ (XLSX)")))
                .hasSize(1);
        // nothing waits: approving the whole list is refused with the reason
        int before = nominations();
        _click(_get(Button.class, spec -> spec.withId("awards-approve-all")));
        assertThat(UiAssertions.notificationTexts()).contains("Không có đề nghị nào chờ phê duyệt.");
        assertThat(nominations()).isEqualTo(before);
        assertThat(_find(Button.class, spec -> spec.withId("awards-new"))).isEmpty();
        // approving the whole list at another type asks for the type first
        _click(_get(Button.class, spec -> spec.withId("awards-approve-all-as")));
        ComboBox<?> otherType = _get(ComboBox.class, spec -> spec.withId("awards-all-other-type"));
        assertThat(otherType.isInvalid()).isTrue();
        assertThat(otherType.getErrorMessage()).isEqualTo("Chọn hình thức khen thưởng.");
    }

    @Test
    void aFocalPointSeesOnlyTheirUnitsNominationsAndCannotSubmitOrApprove() {
        openAs("gtvt");
        UI.getCurrent().navigate("awards", com.vaadin.flow.router.QueryParameters.of("period", "2023"));
        Grid<Nomination> grid = grid();
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(_find(Button.class, spec -> spec.withId("awards-submit"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("awards-approve-all")))
                .isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("awards-new"))).hasSize(1);
        String decisions = _get(VerticalLayout.class, spec -> spec.withId("awards-decisions"))
                .getElement()
                .getTextRecursively();
        assertThat(decisions).contains("845/QĐ-UBND");
        assertThat(_find(Anchor.class, spec -> spec.withText("Danh sách và hồ sơ (XLSX)")))
                .isEmpty();
    }

    @Test
    void theSecretariatsRefusedNominationAndSubmissionChangeNothing() {
        openAs("noivu");
        UI.getCurrent().navigate("awards", com.vaadin.flow.router.QueryParameters.of("period", "2023"));
        int before = nominations();
        _click(_get(Button.class, spec -> spec.withId("awards-submit")));
        assertThat(UiAssertions.notificationTexts()).contains("Không có đề nghị nào để trình.");
        _click(_get(Button.class, spec -> spec.withId("awards-new")));
        @SuppressWarnings("unchecked")
        ComboBox<UnitSummary> unit = _get(ComboBox.class, spec -> spec.withId("awards-unit"));
        UnitSummary thanhMien = unit.getListDataView()
                .getItems()
                .filter(u -> u.code().equals("HTM"))
                .findFirst()
                .orElseThrow();
        HasValueUtilsKt._setValue(unit, thanhMien, true);
        HasValueUtilsKt._setValue(
                _get(TextArea.class, spec -> spec.withId("awards-achievements")), "Một cửa điện tử", true);
        _click(_get(Button.class, spec -> spec.withId("awards-save")));
        assertThat(UiAssertions.notificationTexts())
                .anyMatch(text -> text.contains("không đạt điều kiện nào: cần nêu lý do đề nghị"));
        // already nominated in 2023
        HasValueUtilsKt._setValue(
                unit,
                unit.getListDataView()
                        .getItems()
                        .filter(u -> u.code().equals("SGTVT"))
                        .findFirst()
                        .orElseThrow(),
                true);
        _click(_get(Button.class, spec -> spec.withId("awards-save")));
        assertThat(UiAssertions.notificationTexts())
                .anyMatch(text -> text.contains("đã được đề nghị khen thưởng trong kỳ này"));
        assertThat(nominations()).isEqualTo(before);
        List<String> rules = List.of(_get(VerticalLayout.class, spec -> spec.withId("awards-rules"))
                .getElement()
                .getTextRecursively());
        assertThat(rules.get(0)).contains("Tập thể xếp trong 6 vị trí dẫn đầu");
    }

    @Test
    void theSecretariatSendsAUnitsNominationBackWithAReasonFromTheList() {
        long period = jdbc.queryForObject("select id from assessment_period where year = 2023", Long.class);
        long health = jdbc.queryForObject("select id from org_unit where code = 'SYT'", Long.class);
        long type = jdbc.queryForObject("select id from award_type where code = 'PPC_CERTIFICATE'", Long.class);
        vn.parindex.support.SignIn.as(context, "yte");
        Nomination proposed = context.getBean(vn.parindex.awards.Nominations.class)
                .propose(
                        period,
                        new vn.parindex.awards.NominationDraft(
                                vn.parindex.awards.NominationKind.COLLECTIVE,
                                health,
                                null,
                                null,
                                null,
                                null,
                                type,
                                "Y tế cơ sở",
                                "Sáng kiến được Bộ Y tế ghi nhận"));
        vn.parindex.support.SignIn.out();
        try {
            openAs("noivu");
            UI.getCurrent().navigate("awards", com.vaadin.flow.router.QueryParameters.of("period", "2023"));
            Grid<Nomination> grid = grid();
            Nomination row = grid.getListDataView()
                    .getItems()
                    .filter(n -> n.id() == proposed.id())
                    .findFirst()
                    .orElseThrow();
            assertThat(row.status()).isEqualTo(NominationStatus.PROPOSED);
            grid.select(row);
            assertThat(_find(Button.class, spec -> spec.withId("awards-accept")))
                    .hasSize(1);
            _click(_get(Button.class, spec -> spec.withId("awards-send-back")));
            // without a reason: refused, nothing changed
            _click(_get(Button.class, spec -> spec.withId("awards-reason-ok")));
            assertThat(UiAssertions.notificationTexts()).contains("Nhập lý do trả lại đề nghị.");
            assertThat(status(proposed.id())).isEqualTo("PROPOSED");
            HasValueUtilsKt._setValue(
                    _get(TextArea.class, spec -> spec.withId("awards-reason")), "Bổ sung văn bản xác nhận", true);
            _click(_get(Button.class, spec -> spec.withId("awards-reason-ok")));
            assertThat(status(proposed.id())).isEqualTo("RETURNED");
            Nomination returned = grid().getListDataView()
                    .getItems()
                    .filter(n -> n.id() == proposed.id())
                    .findFirst()
                    .orElseThrow();
            assertThat(returned.returnReason()).isEqualTo("Bổ sung văn bản xác nhận");
            assertThat(jdbc.queryForObject(
                            "select count(*) from audit_event where action = 'AWARD_NOMINATION_RETURNED' and entity_id = ?",
                            Integer.class,
                            String.valueOf(proposed.id())))
                    .isEqualTo(1);
        } finally {
            jdbc.update("delete from award_nomination where id = ?", proposed.id());
        }
    }

    private String status(long id) {
        return jdbc.queryForObject("select status from award_nomination where id = ?", String.class, id);
    }
}
