package vn.parindex.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.parindex.audit.AuditEntry;
import vn.parindex.audit.AuditTrail;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.ConcurrentEditException;
import vn.parindex.support.PortalIntegrationTest;
import vn.parindex.support.SignIn;

@PortalIntegrationTest
class UnitAdministrationTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    UnitAdministration administration;

    @Autowired
    OrganizationDirectory directory;

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @BeforeEach
    void signIn() {
        SignIn.as(context, "noivu");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theDemoProvinceHasItsBlocksAndUnits() {
        assertThat(directory.province())
                .get()
                .extracting(ProvinceSummary::nameVi)
                .isEqualTo("Tỉnh Hải Dương");
        assertThat(directory.blocks()).extracting(BlockSummary::code).containsExactly("DEPARTMENT", "DISTRICT");
        long departments = directory.units().stream()
                .filter(unit -> unit.blockCode().equals("DEPARTMENT"))
                .count();
        long districts = directory.units().stream()
                .filter(unit -> unit.blockCode().equals("DISTRICT"))
                .count();
        assertThat(departments).isEqualTo(18);
        assertThat(districts).isEqualTo(12);
        UnitSummary namSach = unit("HNS");
        assertThat(namSach.headName()).isEqualTo("Hồ Ngọc Lâm");
        assertThat(namSach.name(vn.parindex.shared.Locales.ENGLISH)).isEqualTo("Nam Sach District People's Committee");
        assertThat(unit("SGTVT").headName()).isEqualTo("Vũ Văn Tùng");
    }

    @Test
    void editsAUnitAndAuditsOldAndNewValues() {
        UnitSummary unit = unit("SKHCN");
        UnitSummary saved = administration.updateUnit(
                unit.id(),
                unit.version(),
                new UnitDraft(
                        unit.code(),
                        unit.nameVi(),
                        unit.nameEn(),
                        unit.shortName(),
                        unit.blockId(),
                        unit.ranked(),
                        "Bùi Quang Vinh",
                        "Giám đốc Sở",
                        "Director",
                        unit.sortOrder() + 1));
        assertThat(saved.sortOrder()).isEqualTo(unit.sortOrder() + 1);
        AuditEntry audit =
                auditTrail.latest("UNIT", String.valueOf(unit.id()), 1).get(0);
        assertThat(audit.action()).isEqualTo("UNIT_UPDATED");
        assertThat(audit.oldValue()).contains("\"sortOrder\":" + unit.sortOrder());
        assertThat(audit.newValue()).contains("\"sortOrder\":" + (unit.sortOrder() + 1));
        assertThat(audit.actor()).isEqualTo("noivu");
    }

    @Test
    void aSecondEditorWorkingFromAnOldCopyIsRefused() {
        UnitSummary opened = unit("SXD");
        administration.updateUnit(opened.id(), opened.version(), withHead(opened, "Người sửa thứ nhất"));
        assertThatThrownBy(() ->
                        administration.updateUnit(opened.id(), opened.version(), withHead(opened, "Người sửa thứ hai")))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(unit("SXD").headName()).isEqualTo("Người sửa thứ nhất");
    }

    @Test
    void deactivatesAndReactivates() {
        UnitSummary unit = unit("SCT");
        UnitSummary inactive = administration.setActive(unit.id(), unit.version(), false);
        assertThat(inactive.active()).isFalse();
        UnitSummary active = administration.setActive(unit.id(), inactive.version(), true);
        assertThat(active.active()).isTrue();
        assertThat(auditTrail.latest("UNIT", String.valueOf(unit.id()), 5))
                .extracting(AuditEntry::action)
                .contains("UNIT_DEACTIVATED", "UNIT_ACTIVATED");
    }

    @Test
    void aUnitInUseIsNeverHardDeleted() {
        UnitSummary transport = unit("SGTVT");
        assertThatThrownBy(() -> administration.deleteUnit(transport.id()))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageStartingWith("unit.inUse");
        assertThat(unit("SGTVT")).isNotNull();
    }

    @Test
    void aUnitCreatedByMistakeCanBeDeleted() {
        long blockId = directory.blocks().get(0).id();
        long id = administration.createUnit(new UnitDraft(
                "TEST_DELETE", "Đơn vị tạo nhầm", "Mistaken unit", "Nhầm", blockId, false, null, null, null, 99));
        administration.deleteUnit(id);
        assertThat(directory.units()).noneMatch(unit -> unit.id() == id);
        assertThat(auditTrail.latest("UNIT", String.valueOf(id), 5))
                .extracting(AuditEntry::action)
                .containsExactly("UNIT_DELETED", "UNIT_CREATED");
    }

    /**
     * A head in office since an earlier date: refused without a head, refused once the unit has a
     * history of terms, refused to a focal point; a later date changes nothing; an earlier one moves the
     * running term's start, audited.
     */
    @Test
    void aHeadInOfficeSinceAnEarlierDateIsRefusedWithoutAHeadOrWithAHistory() {
        long blockId = directory.blocks().get(0).id();
        long headless = administration.createUnit(new UnitDraft(
                "TEST_NO_HEAD", "Đơn vị chưa có thủ trưởng", "No head", "Chưa", blockId, false, null, null, null, 98));
        long headed = administration.createUnit(new UnitDraft(
                "TEST_HEADED",
                "Đơn vị có thủ trưởng",
                "Headed",
                "Có",
                blockId,
                false,
                "Lê Văn Thử",
                "Giám đốc",
                "Director",
                97));
        try {
            java.time.LocalDate since = java.time.LocalDate.of(2020, 1, 1);
            assertThatThrownBy(() -> administration.headInOfficeSince(headless, since))
                    .isInstanceOf(BusinessRuleException.class)
                    .hasMessageStartingWith("unit.head.none");
            java.time.LocalDate started = directory.heads(headed).get(0).from();

            // A later date than the running term's start changes nothing.
            administration.headInOfficeSince(headed, started.plusDays(1));
            assertThat(directory.heads(headed).get(0).from()).isEqualTo(started);
            assertThat(auditTrail.latest("UNIT", String.valueOf(headed), 5))
                    .extracting(AuditEntry::action)
                    .doesNotContain("UNIT_HEAD_SINCE");

            SignIn.as(context, "gtvt");
            assertThatThrownBy(() -> administration.headInOfficeSince(headed, since))
                    .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
            SignIn.as(context, "noivu");

            administration.headInOfficeSince(headed, since);
            assertThat(directory.heads(headed).get(0).from()).isEqualTo(since);
            assertThat(auditTrail.latest("UNIT", String.valueOf(headed), 5))
                    .extracting(AuditEntry::action)
                    .contains("UNIT_HEAD_SINCE");

            // A closed term is a history: refused, the start unchanged.
            jdbc.update("update unit_head set term_to = '2025-12-31' where unit_id = ?", headed);
            assertThatThrownBy(() -> administration.headInOfficeSince(headed, java.time.LocalDate.of(2010, 1, 1)))
                    .isInstanceOf(BusinessRuleException.class)
                    .hasMessageStartingWith("unit.head.history");
            assertThat(directory.heads(headed).get(0).from()).isEqualTo(since);
        } finally {
            SignIn.as(context, "noivu");
            administration.deleteUnit(headless);
            administration.deleteUnit(headed);
        }
    }

    @Test
    void refusesInvalidUnits() {
        long blockId = directory.blocks().get(0).id();
        assertThatThrownBy(() -> administration.createUnit(
                        new UnitDraft("bad code", "Tên", "Name", "T", blockId, true, null, null, null, 0)))
                .hasMessageStartingWith("code.pattern");
        assertThatThrownBy(() -> administration.createUnit(
                        new UnitDraft("SGTVT", "Tên", "Name", "T", blockId, true, null, null, null, 0)))
                .hasMessageStartingWith("unit.code.taken");
        assertThatThrownBy(() -> administration.createUnit(
                        new UnitDraft("NEW_UNIT", " ", "Name", "T", blockId, true, null, null, null, 0)))
                .hasMessageStartingWith("unit.nameVi.required");
        assertThatThrownBy(() -> administration.createUnit(
                        new UnitDraft("NEW_UNIT", "Tên", "Name", "T", null, true, null, null, null, 0)))
                .hasMessageStartingWith("unit.block.required");
        assertThat(directory.units()).noneMatch(unit -> unit.code().equals("NEW_UNIT"));
    }

    private UnitDraft withHead(UnitSummary unit, String head) {
        return new UnitDraft(
                unit.code(),
                unit.nameVi(),
                unit.nameEn(),
                unit.shortName(),
                unit.blockId(),
                unit.ranked(),
                head,
                unit.headTitleVi(),
                unit.headTitleEn(),
                unit.sortOrder());
    }

    private UnitSummary unit(String code) {
        return directory.units().stream()
                .filter(unit -> unit.code().equals(code))
                .findFirst()
                .orElseThrow();
    }
}
