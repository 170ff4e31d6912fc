package vn.parindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.assessment.OwnPeriods;
import vn.parindex.criteria.CriteriaCatalog;
import vn.parindex.criteria.CriteriaEditor;
import vn.parindex.criteria.CriteriaNodeView;
import vn.parindex.criteria.CriteriaTree;
import vn.parindex.organization.BlockSummary;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.support.PortalIntegrationTest;
import vn.parindex.support.SignIn;

/**
 * The schema itself refuses what the services never do: two nodes of a set with one code, two bands
 * at one position, a score item on a node of another criteria set than its assessment's.
 */
@PortalIntegrationTest
class SchemaConstraintsTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CriteriaCatalog catalog;

    @Autowired
    CriteriaEditor editor;

    @Autowired
    OrganizationDirectory organization;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void codesAreUniquePerSetAndMovesAndDeletionsStillRenumber() {
        long periodId = OwnPeriods.prepare(context, 2010);
        BlockSummary block = organization.blocks().get(0);
        long setId = catalog.set(periodId, block.id()).orElseThrow().setId();

        // Moves swap codes (and the codes of everything below), deletions shift them.
        editor.moveNode(node(setId, "1.1.1").id(), 1, null);
        editor.moveNode(node(setId, "2").id(), -1, null);
        editor.deleteNode(node(setId, "2.1.2").id(), null); // by now the former 1.1.1
        CriteriaTree tree = catalog.tree(setId);
        assertThat(tree.allNodes())
                .extracting(node -> node.code() + " " + node.nameVi())
                .containsExactly(
                        "1 Nhóm 2",
                        "1.1 Nhóm 2.1",
                        "1.1.1 Thành phần 2.1.1",
                        "1.1.2 Thành phần 2.1.2",
                        "1.2 Nhóm 2.2",
                        "1.2.1 Thành phần 2.2.1",
                        "2 Nhóm 1",
                        "2.1 Nhóm 1.1",
                        "2.1.1 Thành phần 1.1.2",
                        "2.1.2 Thành phần 1.1.3",
                        "2.1.3 Thành phần 1.1.4");

        long second = node(setId, "2").id();
        assertThatThrownBy(() -> jdbc.update("update criteria_node set code = '1' where id = ?", second))
                .isInstanceOf(DataIntegrityViolationException.class);
        // The same code in another block's set is fine.
        long otherSet = catalog.set(periodId, organization.blocks().get(1).id())
                .orElseThrow()
                .setId();
        assertThat(node(otherSet, "1").code()).isEqualTo(node(setId, "1").code());
    }

    @Test
    void aBandPositionIsTakenOncePerPeriodAndBlock() {
        SignIn.as(context, "noivu");
        Map<String, Object> band = jdbc.queryForMap("select period_id, block_id, position from ranking_band limit 1");
        assertThatThrownBy(() -> jdbc.update(
                        "insert into ranking_band (period_id, block_id, position, min_index, name_vi, name_en)"
                                + " values (?, ?, ?, 50, 'Trùng', 'Duplicate')",
                        band.get("period_id"),
                        band.get("block_id"),
                        band.get("position")))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aScoreItemBelongsToItsAssessmentsOwnCriteriaSet() {
        Map<String, Object> assessment =
                jdbc.queryForMap("select a.id, a.set_id from self_assessment a join org_unit u on u.id = a.unit_id"
                        + " join assessment_period p on p.id = a.period_id where u.code = 'HNS' and p.year = 2024");
        long districtSet = ((Number) assessment.get("set_id")).longValue();
        long departmentNode = jdbc.queryForObject(
                "select n.id from criteria_node n where n.level = 'COMPONENT' and n.set_id <> ?"
                        + " and n.set_id in (select set_id from self_assessment) limit 1",
                Long.class,
                districtSet);
        long departmentSet =
                jdbc.queryForObject("select set_id from criteria_node where id = ?", Long.class, departmentNode);
        long id = jdbc.queryForObject("select coalesce(max(id), 0) + 1000000 from score_item", Long.class);
        String insert = "insert into score_item (id, assessment_id, node_id, set_id, version) values (?, ?, ?, ?, 0)";
        for (long setId : List.of(districtSet, departmentSet)) {
            assertThatThrownBy(() -> jdbc.update(insert, id, assessment.get("id"), departmentNode, setId))
                    .as("set %d", setId)
                    .isInstanceOf(DataIntegrityViolationException.class);
        }
    }

    private CriteriaNodeView node(long setId, String code) {
        SignIn.as(context, "noivu");
        return catalog.tree(setId).allNodes().stream()
                .filter(node -> node.code().equals(code))
                .findFirst()
                .orElseThrow();
    }
}
