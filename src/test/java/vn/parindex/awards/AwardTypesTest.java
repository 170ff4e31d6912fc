package vn.parindex.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.parindex.assessment.OwnPeriods;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.ConcurrentEditException;
import vn.parindex.support.PortalIntegrationTest;
import vn.parindex.support.SignIn;

/**
 * The configurable award types: the secretariat adds, renames, deactivates, reactivates, chooses the
 * default and deletes an unused type; names are unique; stale versions, other roles and deleting a
 * type in use are refused with nothing changed; every change is audited. Types are named with a
 * random suffix and the demo's default is restored, so other tests see the list they expect.
 */
@PortalIntegrationTest
class AwardTypesTest {

    private static final int YEAR = 2001;

    @Autowired
    ApplicationContext context;

    @Autowired
    AwardTypes types;

    @Autowired
    Nominations nominations;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private int audited(String action, long id) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where action = ? and entity_id = ?",
                Integer.class,
                action,
                String.valueOf(id));
    }

    private int typeCount() {
        return jdbc.queryForObject("select count(*) from award_type", Integer.class);
    }

    private AwardType demoDefault() {
        return types.list().stream()
                .map(AwardTypeUsage::type)
                .filter(t -> AwardType.DEFAULT_CODE.equals(t.code()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theSecretariatAddsRenamesAndDeletesAnUnusedTypeWithUniqueNamesAndCurrentVersions() {
        SignIn.as(context, "noivu");
        String vi = unique("Giấy khen thử");
        AwardType added = types.add("  " + vi + "  ", unique("Trial certificate"));
        assertThat(added.nameVi()).isEqualTo(vi);
        assertThat(added.active()).isTrue();
        assertThat(added.defaultType()).isFalse();
        assertThat(added.code()).isEqualTo("TYPE_" + added.id());
        assertThat(audited("AWARD_TYPE_ADDED", added.id())).isEqualTo(1);
        // offered for new nominations, after the default
        assertThat(nominations.types()).extracting(AwardType::id).contains(added.id());
        assertThat(nominations.types().get(0).defaultType()).isTrue();

        int before = typeCount();
        // names are unique in each language, compared without case
        assertThatThrownBy(() -> types.add(vi.toUpperCase(java.util.Locale.ROOT), unique("Other")))
                .hasFieldOrPropertyWithValue("messageKey", "awards.type.nameVi.taken");
        assertThatThrownBy(() -> types.add(unique("Khác"), "Certificate of merit of the PPC Chairman"))
                .hasFieldOrPropertyWithValue("messageKey", "awards.type.nameEn.taken");
        assertThatThrownBy(() -> types.add("   ", "x"))
                .hasFieldOrPropertyWithValue("messageKey", "awards.type.nameVi.required");
        assertThatThrownBy(() -> types.add("x", null))
                .hasFieldOrPropertyWithValue("messageKey", "awards.type.nameEn.required");
        assertThatThrownBy(() -> types.add("x".repeat(vn.parindex.shared.TextLimits.NAME + 1), "y"))
                .hasFieldOrPropertyWithValue("messageKey", "awards.type.nameVi.tooLong");
        assertThat(typeCount()).isEqualTo(before);

        String renamedVi = unique("Giấy khen đổi tên");
        AwardType renamed = types.rename(added.id(), added.version(), renamedVi, unique("Renamed"));
        assertThat(renamed.nameVi()).isEqualTo(renamedVi);
        assertThat(renamed.version()).isGreaterThan(added.version());
        assertThat(audited("AWARD_TYPE_RENAMED", added.id())).isEqualTo(1);
        // a rename from an outdated copy, or onto another type's name, changes nothing
        assertThatThrownBy(() -> types.rename(added.id(), added.version(), unique("Cũ"), unique("Old")))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> types.rename(
                        added.id(), renamed.version(), "Bằng khen của Chủ tịch UBND tỉnh", unique("Other")))
                .hasFieldOrPropertyWithValue("messageKey", "awards.type.nameVi.taken");
        assertThat(types.list().stream()
                        .filter(u -> u.type().id() == added.id())
                        .findFirst()
                        .orElseThrow()
                        .type()
                        .nameVi())
                .isEqualTo(renamedVi);

        assertThatThrownBy(() -> types.delete(added.id(), added.version())).isInstanceOf(ConcurrentEditException.class);
        types.delete(added.id(), renamed.version());
        assertThat(types.list()).noneMatch(u -> u.type().id() == added.id());
        assertThat(audited("AWARD_TYPE_DELETED", added.id())).isEqualTo(1);
    }

    @Test
    void anInactiveTypeIsNotOfferedAndATypeInUseIsOnlyDeactivated() {
        long periodId = OwnPeriods.prepare(context, YEAR);
        SignIn.as(context, "noivu");
        AwardType type = types.add(unique("Bằng khen thử"), unique("Trial merit"));
        long block = jdbc.queryForObject("select id from org_block where code = 'DISTRICT'", Long.class);
        nominations.addRule(periodId, type.id(), NominationKind.COLLECTIVE, RuleKind.TOP_BAND, block, null, null);
        // the same rule twice is refused
        assertThatThrownBy(() -> nominations.addRule(
                        periodId, type.id(), NominationKind.COLLECTIVE, RuleKind.TOP_BAND, block, null, null))
                .hasFieldOrPropertyWithValue("messageKey", "awards.rule.duplicate");
        AwardType current = types.list().stream()
                .filter(u -> u.type().id() == type.id())
                .peek(u -> assertThat(u.rules()).isEqualTo(1))
                .findFirst()
                .orElseThrow()
                .type();
        assertThatThrownBy(() -> types.delete(type.id(), current.version()))
                .isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageKey", "awards.type.inUse");
        assertThat(types.list()).anyMatch(u -> u.type().id() == type.id());

        AwardType inactive = types.deactivate(type.id(), current.version());
        assertThat(inactive.active()).isFalse();
        assertThat(audited("AWARD_TYPE_DEACTIVATED", type.id())).isEqualTo(1);
        assertThat(nominations.types()).noneMatch(t -> t.id() == type.id());
        // not for a new nomination (2023 is published), an approval at another type or a rule
        long period2023 = jdbc.queryForObject("select id from assessment_period where year = 2023", Long.class);
        int nominationsBefore = jdbc.queryForObject("select count(*) from award_nomination", Integer.class);
        assertThatThrownBy(() -> nominations.propose(
                        period2023,
                        new NominationDraft(
                                NominationKind.COLLECTIVE,
                                null,
                                unique("Bưu điện"),
                                null,
                                null,
                                null,
                                type.id(),
                                "Thành tích",
                                "Đóng góp được ghi nhận")))
                .hasFieldOrPropertyWithValue("messageKey", "awards.typeInactive");
        assertThatThrownBy(() -> nominations.addRule(
                        periodId, type.id(), NominationKind.INDIVIDUAL, RuleKind.RANK_TOP_N, null, 3, null))
                .hasFieldOrPropertyWithValue("messageKey", "awards.typeInactive");
        assertThat(jdbc.queryForObject("select count(*) from award_nomination", Integer.class))
                .isEqualTo(nominationsBefore);
        // an inactive type cannot become the default
        assertThatThrownBy(() -> types.makeDefault(type.id(), inactive.version()))
                .hasFieldOrPropertyWithValue("messageKey", "awards.type.inactiveDefault");

        AwardType again = types.reactivate(type.id(), inactive.version());
        assertThat(again.active()).isTrue();
        assertThat(audited("AWARD_TYPE_REACTIVATED", type.id())).isEqualTo(1);
        assertThat(nominations.types()).anyMatch(t -> t.id() == type.id());
        // once its rule is gone nothing uses it: it can be deleted (the list stays as other tests expect)
        nominations.rules(periodId).stream()
                .filter(r -> r.awardTypeId() == type.id())
                .forEach(r -> nominations.removeRule(r.id()));
        types.delete(type.id(), again.version());
    }

    @Test
    void theDefaultTypeIsTheFirstOfferedStaysActiveAndOnlyOneIsTheDefault() {
        SignIn.as(context, "noivu");
        AwardType ppc = demoDefault();
        assertThat(ppc.defaultType()).isTrue();
        assertThatThrownBy(() -> types.deactivate(ppc.id(), ppc.version()))
                .hasFieldOrPropertyWithValue("messageKey", "awards.type.defaultStaysActive");
        assertThatThrownBy(() -> types.delete(ppc.id(), ppc.version()))
                .hasFieldOrPropertyWithValue("messageKey", "awards.type.defaultStaysActive");
        AwardType other = types.add(unique("Giấy khen mặc định"), unique("Default trial"));
        try {
            AwardType made = types.makeDefault(other.id(), other.version());
            assertThat(made.defaultType()).isTrue();
            assertThat(audited("AWARD_TYPE_DEFAULT", other.id())).isEqualTo(1);
            List<AwardType> offered = nominations.types();
            assertThat(offered.get(0).id()).isEqualTo(other.id());
            assertThat(offered).filteredOn(AwardType::defaultType).hasSize(1);
        } finally {
            AwardType back = demoDefault();
            types.makeDefault(back.id(), back.version());
        }
        assertThat(nominations.types().get(0).code()).isEqualTo(AwardType.DEFAULT_CODE);
        AwardType last = types.list().stream()
                .map(AwardTypeUsage::type)
                .filter(t -> t.id() == other.id())
                .findFirst()
                .orElseThrow();
        types.delete(other.id(), last.version());
    }

    @Test
    void theLeaderReadsTheListAndOnlyTheSecretariatChangesIt() {
        SignIn.as(context, "lanhdao");
        assertThat(types.list()).anyMatch(u -> u.type().defaultType());
        AwardType ppc = demoDefault();
        int before = typeCount();
        assertThatThrownBy(() -> types.add(unique("Lãnh đạo thêm"), unique("Leader adds")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> types.rename(ppc.id(), ppc.version(), "x", "y"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> types.makeDefault(ppc.id(), ppc.version())).isInstanceOf(AccessDeniedException.class);
        SignIn.as(context, "gtvt");
        assertThatThrownBy(() -> types.list()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> types.deactivate(ppc.id(), ppc.version())).isInstanceOf(AccessDeniedException.class);
        SignIn.as(context, "hoidong1");
        assertThatThrownBy(() -> types.list()).isInstanceOf(AccessDeniedException.class);
        assertThat(typeCount()).isEqualTo(before);
        SignIn.as(context, "lanhdao");
        assertThat(demoDefault().nameVi()).isEqualTo("Bằng khen của Chủ tịch UBND tỉnh");
    }
}
