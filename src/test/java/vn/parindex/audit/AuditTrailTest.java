package vn.parindex.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parindex.audit.internal.AuditEventRepository;
import vn.parindex.audit.internal.AuditQueries;
import vn.parindex.audit.internal.AuditVerifications;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.support.PortalIntegrationTest;
import vn.parindex.support.SignIn;

/** The trail's filters, export and refusals, and the events the portal writes for reads and refusals. */
@PortalIntegrationTest
class AuditTrailTest {

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditLog auditLog;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    AuditEventRepository events;

    @Autowired
    AuditQueries queries;

    @Autowired
    AuditVerifications verifications;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void filtersByUnitPeriodActionAndTime() {
        String action = "TEST_FILTER_" + UUID.randomUUID().toString().substring(0, 8);
        transactions.executeWithoutResult(status -> {
            SignIn.as(context, "noivu");
            auditLog.record(AuditScope.of(9_000_001L, 9_000_002L), action, "TEST", "a", null, "1");
            auditLog.record(AuditScope.unit(9_000_001L), action, "TEST", "b", null, "2");
            auditLog.record(action, "TEST", "c", null, "3");
        });
        SignIn.as(context, "admin");
        assertThat(trail.page(new AuditFilter(null, null, null, null, action, null, null), 0, 10))
                .hasSize(3);
        assertThat(trail.page(new AuditFilter(null, 9_000_001L, null, null, action, null, null), 0, 10))
                .extracting(AuditEntry::entityId)
                .containsExactlyInAnyOrder("a", "b");
        assertThat(trail.page(new AuditFilter("NOIVU", 9_000_001L, 9_000_002L, "TEST", action, null, null), 0, 10))
                .extracting(AuditEntry::entityId)
                .containsExactly("a");
        Instant future = Instant.now().plusSeconds(3_600 * 24 * 365 * 50L);
        assertThat(trail.page(new AuditFilter(null, null, null, null, action, future, null), 0, 10))
                .isEmpty();
        assertThat(trail.page(new AuditFilter(null, null, null, null, action, null, future), 0, 2))
                .hasSize(2);
        assertThat(trail.actions()).contains(action);
    }

    @Test
    void exportsTheMatchingEventsAndRefusesMoreThanTheMaximum() throws Exception {
        String action = "TEST_EXPORT_" + UUID.randomUUID().toString().substring(0, 8);
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < 3; i++) {
                auditLog.recordFor("exporter", null, action, "TEST", String.valueOf(i), "old", "new" + i);
            }
        });
        SignIn.as(context, "noivu");
        AuditFilter filter = new AuditFilter(null, null, null, null, action, null, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        trail.exportXlsx(
                filter,
                List.of("t", "u", "ac", "a", "e", "i", "un", "p", "o", "n", "ad", "id"),
                code -> "label of " + code,
                ZoneOffset.UTC,
                out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("a");
            // the code stays, next to its label in the reader's language
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo(action);
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("label of " + action);
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("TEST");
            assertThat(sheet.getRow(1).getCell(9).getStringCellValue()).isEqualTo("new2");
            assertThat(sheet.getRow(1).getLastCellNum()).isEqualTo((short) 12);
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'AUDIT_EXPORTED' and actor = 'noivu' and new_value like ?",
                        Integer.class,
                        "%" + action + "%"))
                .isEqualTo(1);

        AuditTrail capped = new AuditTrail(events, queries, verifications, auditLog, 2);
        assertThatThrownBy(() -> capped.checkExportable(filter))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey())
                .isEqualTo("audit.exportTooMany");
        assertThatThrownBy(() ->
                        capped.exportXlsx(filter, List.of(), code -> code, ZoneOffset.UTC, new ByteArrayOutputStream()))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void aFocalPointIsRefusedAndTheRefusalIsAudited() {
        SignIn.as(context, "gtvt");
        int before = denied("gtvt", "AuditTrail.page");
        assertThatThrownBy(() -> trail.page(AuditFilter.none(), 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThat(denied("gtvt", "AuditTrail.page")).isEqualTo(before + 1);
    }

    private int denied(String actor, String target) {
        Integer count = jdbc.queryForObject(
                "select count(*) from audit_event where action = 'ACCESS_DENIED' and actor = ? and entity_id = ?",
                Integer.class,
                actor,
                target);
        return count == null ? 0 : count;
    }
}
