package vn.parindex.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import vn.parindex.audit.AuditEntry;
import vn.parindex.audit.AuditTrail;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.ConcurrentEditException;
import vn.parindex.shared.Locales;
import vn.parindex.support.PortalIntegrationTest;
import vn.parindex.support.SignIn;

/** The administrator's setup: province and agency, blocks created, renamed, ordered, deleted while empty. */
@PortalIntegrationTest
class ProvinceSetupTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    ProvinceSetup setup;

    @Autowired
    OrganizationDirectory directory;

    @Autowired
    UnitAdministration units;

    @Autowired
    AuditTrail auditTrail;

    @BeforeEach
    void signIn() {
        SignIn.as(context, "admin");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theDemoProvinceNamesItsAgencyAndAChangeIsAuditedAndRefusedWhenStale() {
        ProvinceSummary demo = directory.province().orElseThrow();
        assertThat(demo.agency(Locales.VIETNAMESE)).isEqualTo("Sở Nội vụ");
        assertThat(directory.agency(Locales.ENGLISH)).contains("Department of Home Affairs");
        assertThatThrownBy(() -> setup.saveProvince(draft(demo, "Sở Nội vụ"), null))
                .hasMessageStartingWith("province.alreadyDefined");
        try {
            ProvinceSummary renamed = setup.saveProvince(draft(demo, "Ban Tổ chức thử"), demo.version());
            assertThat(directory.agency(Locales.VIETNAMESE)).contains("Ban Tổ chức thử");
            assertThatThrownBy(() -> setup.saveProvince(draft(demo, "Cũ"), demo.version()))
                    .isInstanceOf(ConcurrentEditException.class);
            assertThat(auditTrail.latest("PROVINCE", "HD", 1))
                    .extracting(AuditEntry::action)
                    .containsExactly("PROVINCE_UPDATED");
            assertThatThrownBy(() -> setup.saveProvince(
                            new ProvinceDraft("HD", "Tỉnh Hải Dương", "Hai Duong Province", " ", "x"),
                            renamed.version()))
                    .hasMessageStartingWith("province.agencyVi.required");
            assertThatThrownBy(() -> setup.saveProvince(
                            new ProvinceDraft("hd tỉnh", "Tỉnh", "Province", "A", "B"), renamed.version()))
                    .hasMessageStartingWith("province.code.pattern");
        } finally {
            ProvinceSummary now = directory.province().orElseThrow();
            setup.saveProvince(draft(demo, "Sở Nội vụ"), now.version());
        }
    }

    @Test
    void blocksAreAddedAtTheEndRenamedMovedAndDeletedOnlyWhileEmpty() {
        String code = "T"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        long first = setup.addBlock(code + "_A", "Khối A", "Block A");
        long second = setup.addBlock(code + "_B", "Khối B", "Block B");
        try {
            assertThat(codes()).endsWith(code + "_A", code + "_B");
            assertThatThrownBy(() -> setup.addBlock(code + "_A", "Lặp", "Again"))
                    .hasMessageStartingWith("block.code.taken");

            setup.moveBlock(second, -1);
            assertThat(codes()).endsWith(code + "_B", code + "_A");
            assertThat(codes()).startsWith("DEPARTMENT", "DISTRICT");

            SetupBlock a = block(first);
            setup.renameBlock(first, a.version(), "Khối UBND cấp xã", "Commune-level People's Committees");
            assertThat(block(first).nameVi()).isEqualTo("Khối UBND cấp xã");
            assertThatThrownBy(() -> setup.renameBlock(first, a.version(), "Cũ", "Old"))
                    .isInstanceOf(ConcurrentEditException.class);

            long unit = units.createUnit(
                    new UnitDraft(code + "_U", "Xã thử", "Test commune", "Xã thử", first, true, null, null, null, 1));
            assertThat(block(first).units()).isEqualTo(1);
            assertThatThrownBy(() -> setup.deleteBlock(first))
                    .isInstanceOf(BusinessRuleException.class)
                    .hasMessageStartingWith("block.hasUnits");
            units.deleteUnit(unit);
            setup.deleteBlock(first);
            setup.deleteBlock(second);
            assertThat(codes()).doesNotContain(code + "_A", code + "_B").containsExactly("DEPARTMENT", "DISTRICT");
        } finally {
            setup.blocks().stream()
                    .filter(block -> block.code().startsWith(code))
                    .forEach(block -> setup.deleteBlock(block.id()));
        }
    }

    @Test
    void onlyTheAdministratorSetsUp() {
        SignIn.as(context, "noivu");
        assertThatThrownBy(() -> setup.addBlock("NOPE", "Không", "No")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> setup.blocks()).isInstanceOf(AccessDeniedException.class);
    }

    private List<String> codes() {
        return setup.blocks().stream().map(SetupBlock::code).toList();
    }

    private SetupBlock block(long id) {
        return setup.blocks().stream()
                .filter(block -> block.id() == id)
                .findFirst()
                .orElseThrow();
    }

    private static ProvinceDraft draft(ProvinceSummary province, String agencyVi) {
        return new ProvinceDraft(
                province.code(),
                province.nameVi(),
                province.nameEn(),
                agencyVi,
                agencyVi.equals("Sở Nội vụ") ? "Department of Home Affairs" : "Test agency");
    }
}
