package vn.parindex.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import vn.parindex.organization.BlockSummary;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.period.PeriodDirectory;
import vn.parindex.period.Phase;
import vn.parindex.security.Role;
import vn.parindex.security.UserAdministration;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.ConcurrentEditException;
import vn.parindex.support.Accounts;
import vn.parindex.support.PortalIntegrationTest;
import vn.parindex.support.SignIn;

/**
 * The council's vote: more than half of ALL active members must approve; abstentions, rejections and
 * silence count against, disabled members not at all; votes change while open; refusals change
 * nothing; publication of every block publishes the period.
 */
@PortalIntegrationTest
@RecordApplicationEvents
class CouncilVotesTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    CouncilVotes votes;

    @Autowired
    OrganizationDirectory organization;

    @Autowired
    PeriodDirectory periods;

    @Autowired
    UserAdministration users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    private final List<String> created = new ArrayList<>();

    @AfterEach
    void retireOwnMembers() {
        // Our members leave the council again, so later tests count only theirs.
        SignIn.as(context, "admin");
        for (String username : created) {
            users.setEnabled(id(username), false);
        }
        SignIn.out();
    }

    @Test
    void moreThanHalfOfAllActiveMembersMustApproveAndAbstentionsDoNotCount() {
        long periodId = AppraisalRows.period(context, 2051, Phase.COUNCIL_APPROVAL);
        long block = district();
        AppraisalRows.allFinal(jdbc, periodId, block, "hoidong1");
        AppraisalRows.surveyed(jdbc, periodId, block);
        int others = activeMembers();
        List<String> members = members(others + 6);
        int active = others + members.size();
        int needed = active / 2 + 1;

        SignIn.as(context, members.get(0), Accounts.PASSWORD);
        BlockVoteSummary open = summary(periodId, block);
        assertThat(open.status()).isEqualTo(BlockDecisionStatus.OPEN);
        assertThat(open.majority().activeMembers()).isEqualTo(active);
        assertThat(open.majority().needed()).isEqualTo(needed);

        for (int i = 0; i < needed - 1; i++) {
            assertThat(vote(members.get(i), periodId, block, CouncilVoteChoice.APPROVE, null, null))
                    .isEqualTo(BlockDecisionStatus.OPEN);
        }
        String abstainer = members.get(needed - 1);
        assertThat(vote(abstainer, periodId, block, CouncilVoteChoice.ABSTAIN, "Xin không biểu quyết", null))
                .isEqualTo(BlockDecisionStatus.OPEN);
        String rejecter = members.get(needed);
        assertThatThrownBy(() -> vote(rejecter, periodId, block, CouncilVoteChoice.REJECT, "  ", null))
                .isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageKey", "vote.rejectNeedsComment");
        vote(rejecter, periodId, block, CouncilVoteChoice.REJECT, "Điểm khảo sát chưa hợp lý", null);

        SignIn.as(context, members.get(0), Accounts.PASSWORD);
        BlockVoteSummary counted = summary(periodId, block);
        assertThat(counted.majority().approvals()).isEqualTo(needed - 1);
        assertThat(counted.abstentions()).isEqualTo(1);
        assertThat(counted.rejections()).isEqualTo(1);
        assertThat(counted.myVote()).isEqualTo(CouncilVoteChoice.APPROVE);
        long firstVersion = counted.myVoteVersion();

        // A change from a stale copy (another tab) is refused; from the current one it is taken.
        assertThatThrownBy(() -> vote(members.get(0), periodId, block, CouncilVoteChoice.ABSTAIN, null, null))
                .isInstanceOf(ConcurrentEditException.class);
        vote(members.get(0), periodId, block, CouncilVoteChoice.ABSTAIN, null, firstVersion);
        SignIn.as(context, abstainer, Accounts.PASSWORD);
        long abstainerVersion = summary(periodId, block).myVoteVersion();
        assertThat(vote(abstainer, periodId, block, CouncilVoteChoice.APPROVE, null, abstainerVersion))
                .isEqualTo(BlockDecisionStatus.OPEN);
        SignIn.as(context, members.get(0), Accounts.PASSWORD);
        long changedVersion = summary(periodId, block).myVoteVersion();
        assertThat(changedVersion).isGreaterThan(firstVersion);
        assertThat(vote(members.get(0), periodId, block, CouncilVoteChoice.APPROVE, "Đồng ý", changedVersion))
                .isEqualTo(BlockDecisionStatus.APPROVED);

        assertThatThrownBy(() -> vote(members.get(needed + 1), periodId, block, CouncilVoteChoice.APPROVE, null, null))
                .isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageKey", "vote.closed");

        SignIn.as(context, "noivu");
        assertThat(summary(periodId, block).status()).isEqualTo(BlockDecisionStatus.APPROVED);
        List<CouncilVoteRow> cast = votes.votes(periodId, block);
        assertThat(cast).hasSize(needed + 1);
        assertThat(cast)
                .filteredOn(v -> v.vote() == CouncilVoteChoice.REJECT)
                .extracting(CouncilVoteRow::comment)
                .containsExactly("Điểm khảo sát chưa hợp lý");
        assertThat(jdbc.queryForList(
                        "select action from audit_event where entity_type = 'BLOCK_DECISION' and entity_id = ?",
                        String.class,
                        periodId + "/" + block))
                .filteredOn("BLOCK_APPROVED"::equals)
                .hasSize(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'COUNCIL_VOTE_CAST' and entity_id = ?",
                        Integer.class,
                        periodId + "/" + block))
                .isEqualTo(needed + 1 + 3);
    }

    @Test
    void disabledMembersCountNeitherForNorAgainst() {
        long periodId = AppraisalRows.period(context, 2052, Phase.COUNCIL_APPROVAL);
        long block = district();
        AppraisalRows.allFinal(jdbc, periodId, block, "hoidong2");
        AppraisalRows.surveyed(jdbc, periodId, block);
        int others = activeMembers();
        List<String> members = members(others + 6);
        int needed = (others + members.size()) / 2 + 1;
        for (int i = 0; i < needed - 1; i++) {
            vote(members.get(i), periodId, block, CouncilVoteChoice.APPROVE, null, null);
        }
        SignIn.as(context, "admin");
        users.setEnabled(id(members.get(0)), false);
        SignIn.as(context, "noivu");
        BlockVoteSummary afterDisabling = summary(periodId, block);
        assertThat(afterDisabling.majority().activeMembers()).isEqualTo(others + members.size() - 1);
        assertThat(afterDisabling.majority().approvals()).isEqualTo(needed - 2);
        assertThat(votes.votes(periodId, block)).filteredOn(v -> !v.counted()).hasSize(1);

        // Two members who never voted leave: the approvals now are more than half of who is left.
        SignIn.as(context, "admin");
        users.setEnabled(id(members.get(members.size() - 1)), false);
        users.setEnabled(id(members.get(members.size() - 2)), false);
        BlockDecisionStatus status =
                vote(members.get(needed - 1), periodId, block, CouncilVoteChoice.REJECT, "Chưa đồng ý", null);
        assertThat(new CouncilMajority(others + members.size() - 3, needed - 2).approved())
                .isTrue();
        assertThat(status).isEqualTo(BlockDecisionStatus.APPROVED);
    }

    @Test
    void aBlockIsVotedOnOnlyWhenEveryUnitIsDoneAndTheSurveyImported() {
        long periodId = AppraisalRows.period(context, 2053, Phase.COUNCIL_APPROVAL);
        long department = department();
        long district = district();
        List<Long> departmentUnits = AppraisalRows.units(jdbc, department);
        AppraisalRows.allFinal(jdbc, periodId, department, "hoidong1");
        long lagging = departmentUnits.get(0);
        jdbc.update(
                "update appraisal set status = 'IN_PROGRESS' where assessment_id ="
                        + " (select id from self_assessment where period_id = ? and unit_id = ?)",
                periodId,
                lagging);
        AppraisalRows.surveyed(jdbc, periodId, department);
        AppraisalRows.allFinal(jdbc, periodId, district, "hoidong1");
        String member = members(1).get(0);

        SignIn.as(context, member, Accounts.PASSWORD);
        BlockVoteSummary notReady = summary(periodId, department);
        assertThat(notReady.status()).isEqualTo(BlockDecisionStatus.NOT_READY);
        assertThat(notReady.unitsDone()).isEqualTo(departmentUnits.size() - 1);
        assertThatThrownBy(() -> votes.vote(periodId, department, CouncilVoteChoice.APPROVE, null, null))
                .isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageKey", "vote.unitsNotFinal");
        assertThatThrownBy(() -> votes.draft(periodId, department)).isInstanceOf(BusinessRuleException.class);
        assertThat(summary(periodId, district).status()).isEqualTo(BlockDecisionStatus.NOT_READY);
        assertThatThrownBy(() -> votes.vote(periodId, district, CouncilVoteChoice.APPROVE, null, null))
                .isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageKey", "vote.surveyMissing");

        // A unit marked not ranked no longer holds the block back, and shows as such.
        jdbc.update(
                "update appraisal set not_ranked = true, not_ranked_reason = 'Không nộp' where assessment_id ="
                        + " (select id from self_assessment where period_id = ? and unit_id = ?)",
                periodId,
                lagging);
        assertThat(summary(periodId, department).status()).isEqualTo(BlockDecisionStatus.OPEN);
        List<BlockResultRow> draft = votes.draft(periodId, department);
        assertThat(draft).hasSize(departmentUnits.size());
        BlockResultRow row =
                draft.stream().filter(r -> r.unitId() != lagging).findFirst().orElseThrow();
        assertThat(row.finalScores()).isEqualByComparingTo("52");
        assertThat(row.adjustments()).isEqualByComparingTo("1");
        assertThat(row.survey()).isEqualByComparingTo("22");
        assertThat(row.total()).isEqualByComparingTo("75");
        assertThat(row.applicableMaximum()).isEqualByComparingTo("100");
        assertThat(draft)
                .filteredOn(BlockResultRow::notRanked)
                .extracting(BlockResultRow::unitId)
                .containsExactly(lagging);

        // Not applicable: component 1.1.2 (30 points) excluded for one unit leaves its maximum at 70.
        long excludedUnit = departmentUnits.get(1);
        jdbc.update(
                "insert into criteria_not_applicable (set_id, node_id, unit_id) select n.set_id, n.id, ? from"
                        + " criteria_node n where n.id = ?",
                excludedUnit,
                AppraisalRows.node(jdbc, periodId, excludedUnit, "1.1.2"));
        BlockResultRow excluded = votes.draft(periodId, department).stream()
                .filter(r -> r.unitId() == excludedUnit)
                .findFirst()
                .orElseThrow();
        assertThat(excluded.applicableMaximum()).isEqualByComparingTo("70");
        assertThat(excluded.finalScores()).isEqualByComparingTo("28");
    }

    @Test
    void wrongRolesAndWrongPhasesAreRefused() {
        long periodId = AppraisalRows.period(context, 2054, Phase.FINAL_APPRAISAL);
        long block = district();
        AppraisalRows.allFinal(jdbc, periodId, block, "hoidong1");
        AppraisalRows.surveyed(jdbc, periodId, block);
        SignIn.as(context, "noivu");
        assertThatThrownBy(() -> votes.vote(periodId, block, CouncilVoteChoice.APPROVE, null, null))
                .isInstanceOf(AccessDeniedException.class);
        SignIn.as(context, "namsach");
        assertThatThrownBy(() -> votes.blocks(periodId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> votes.draft(periodId, block)).isInstanceOf(AccessDeniedException.class);
        SignIn.as(context, "hoidong1");
        assertThatThrownBy(() -> votes.votes(periodId, block)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> votes.publishBlock(periodId, block)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> votes.vote(periodId, block, CouncilVoteChoice.APPROVE, null, null))
                .isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageKey", "vote.phase");
        assertThatThrownBy(() -> votes.vote(periodId, block, null, null, null))
                .isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageKey", "vote.choiceRequired");
        assertThatThrownBy(() -> votes.vote(periodId, block, CouncilVoteChoice.APPROVE, "x".repeat(1001), null))
                .isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageKey", "vote.commentTooLong");
        assertThat(jdbc.queryForObject(
                        "select count(*) from block_decision where period_id = ?", Integer.class, periodId))
                .isZero();
    }

    @Test
    void approvedBlocksArePublishedAndThePeriodWithTheLastOne() {
        long periodId = AppraisalRows.period(context, 2055, Phase.COUNCIL_APPROVAL);
        for (BlockSummary block : organization.blocks()) {
            AppraisalRows.allFinal(jdbc, periodId, block.id(), "hoidong3");
            AppraisalRows.surveyed(jdbc, periodId, block.id());
        }
        int others = activeMembers();
        List<String> members = members(others + 2);
        int needed = (others + members.size()) / 2 + 1;
        SignIn.as(context, "noivu");
        List<BlockVoteSummary> blocks = votes.blocks(periodId);
        long first = blocks.get(0).blockId();
        assertThatThrownBy(() -> votes.publishBlock(periodId, first))
                .isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageKey", "publish.notApproved");
        for (BlockVoteSummary block : blocks) {
            for (int i = 0; i < needed; i++) {
                vote(members.get(i), periodId, block.blockId(), CouncilVoteChoice.APPROVE, null, null);
            }
        }
        SignIn.as(context, "noivu");
        for (int i = 0; i < blocks.size(); i++) {
            assertThat(periods.period(periodId).phase()).isEqualTo(Phase.COUNCIL_APPROVAL);
            votes.publishBlock(periodId, blocks.get(i).blockId());
        }
        assertThat(periods.period(periodId).phase()).isEqualTo(Phase.PUBLISHED);
        assertThat(events.stream(ResultsPublished.class).filter(e -> e.periodId() == periodId))
                .extracting(ResultsPublished::blockId)
                .containsExactlyElementsOf(
                        blocks.stream().map(BlockVoteSummary::blockId).toList());
        assertThat(votes.blocks(periodId)).allMatch(b -> b.status() == BlockDecisionStatus.PUBLISHED);
        assertThat(jdbc.queryForList(
                        "select action from audit_event where entity_id = ? order by id",
                        String.class,
                        String.valueOf(periodId)))
                .contains("PERIOD_PHASE_ADVANCED");
        assertThatThrownBy(() -> votes.publishBlock(periodId, first))
                .isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageKey", "publish.phase");
    }

    private BlockDecisionStatus vote(
            String member, long periodId, long blockId, CouncilVoteChoice choice, String comment, Long version) {
        SignIn.as(context, member, Accounts.PASSWORD);
        return votes.vote(periodId, blockId, choice, comment, version);
    }

    private BlockVoteSummary summary(long periodId, long blockId) {
        return votes.blocks(periodId).stream()
                .filter(b -> b.blockId() == blockId)
                .findFirst()
                .orElseThrow();
    }

    private List<String> members(int count) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add(Accounts.create(context, Role.COUNCIL_MEMBER, null));
        }
        created.addAll(names);
        return names;
    }

    private int activeMembers() {
        return jdbc.queryForObject(
                "select count(*) from app_user u join app_user_role r on r.user_id = u.id"
                        + " where r.role = 'COUNCIL_MEMBER' and u.enabled = true",
                Integer.class);
    }

    private long id(String username) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    }

    private long district() {
        return block("DISTRICT");
    }

    private long department() {
        return block("DEPARTMENT");
    }

    private long block(String code) {
        return organization.blocks().stream()
                .filter(b -> b.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
