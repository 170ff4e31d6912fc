package vn.parindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.support.PortalIntegrationTest;

/**
 * What a MariaDB Galera cluster needs from the schema (docs/operations.md, "Running several nodes"):
 * InnoDB only, a primary key on every table (Galera refuses deletes without one and may order rows
 * differently per node), and sequences without a cache (only those replicate their state). A new
 * migration that breaks one of these fails here, not in a province's cluster.
 */
@PortalIntegrationTest
class GaleraReadinessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyTableHasAPrimaryKey() {
        List<String> withoutKey = jdbc.queryForList("""
                select t.table_name from information_schema.tables t
                where t.table_schema = database() and t.table_type = 'BASE TABLE'
                  and not exists (select 1 from information_schema.table_constraints c
                                  where c.table_schema = t.table_schema and c.table_name = t.table_name
                                    and c.constraint_type = 'PRIMARY KEY')
                order by t.table_name""", String.class);
        assertThat(withoutKey).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from information_schema.tables where table_schema = database()"
                                + " and table_type = 'BASE TABLE'",
                        Integer.class))
                .as("the check saw the schema")
                .isGreaterThan(20);
    }

    @Test
    void everyTableIsInnoDb() {
        assertThat(jdbc.queryForList(
                        "select table_name from information_schema.tables where table_schema = database()"
                                + " and table_type = 'BASE TABLE' and engine <> 'InnoDB'",
                        String.class))
                .isEmpty();
    }

    @Test
    void everySequenceKeepsNoCache() {
        List<String> sequences = jdbc.queryForList(
                "select table_name from information_schema.tables where table_schema = database()"
                        + " and table_type = 'SEQUENCE' order by table_name",
                String.class);
        assertThat(sequences).contains("score_item_seq", "audit_event_seq");
        for (String sequence : sequences) {
            assertThat(jdbc.queryForObject("select cache_size from `" + sequence + "`", Long.class))
                    .as(sequence + " must be NOCACHE (ALTER SEQUENCE ... NOCACHE in its migration)")
                    .isZero();
        }
    }
}
