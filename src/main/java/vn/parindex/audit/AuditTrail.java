package vn.parindex.audit;

import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.audit.internal.AuditEventRepository;
import vn.parindex.audit.internal.AuditQueries;
import vn.parindex.audit.internal.AuditVerifications;
import vn.parindex.security.Role;
import vn.parindex.shared.BusinessRuleException;

/** Reads, exports and verifies the audit trail; open to the IT administrator and the secretariat. */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.SECRETARIAT})
public class AuditTrail {

    /** The viewer asks for pages of at most this many events. */
    public static final int MAX_PAGE = 500;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditEventRepository events;
    private final AuditQueries queries;
    private final AuditVerifications verifications;
    private final AuditLog auditLog;
    private final int exportMaxRows;

    AuditTrail(
            AuditEventRepository events,
            AuditQueries queries,
            AuditVerifications verifications,
            AuditLog auditLog,
            @Value("${parindex.audit.export-max-rows:100000}") int exportMaxRows) {
        this.events = events;
        this.queries = queries;
        this.verifications = verifications;
        this.auditLog = auditLog;
        this.exportMaxRows = exportMaxRows;
    }

    /** The newest events first, optionally only those about one entity. */
    public List<AuditEntry> latest(String entityType, String entityId, int limit) {
        PageRequest page = PageRequest.of(0, limit, Sort.by(Sort.Direction.DESC, "id"));
        return events.search(entityType, entityId, page).stream()
                .map(event -> new AuditEntry(
                        event.getId(),
                        event.getOccurredAt(),
                        event.getActor(),
                        event.getAction(),
                        event.getEntityType(),
                        event.getEntityId(),
                        event.getOldValue(),
                        event.getNewValue(),
                        event.getClientAddress(),
                        event.getUnitId(),
                        event.getPeriodId(),
                        event.getChainSeq()))
                .toList();
    }

    /** One page of the matching events, newest first; the grid asks page by page and never counts all. */
    public List<AuditEntry> page(AuditFilter filter, int offset, int limit) {
        return queries.page(filter, Math.max(0, offset), Math.max(0, Math.min(limit, MAX_PAGE)));
    }

    /** The actions and entity types that occur, for the filters' choices. */
    public List<String> actions() {
        return queries.distinct("action");
    }

    public List<String> entityTypes() {
        return queries.distinct("entity_type");
    }

    public int exportMaxRows() {
        return exportMaxRows;
    }

    /** Refuses (translated) an export of more events than the configured maximum. */
    public void checkExportable(AuditFilter filter) {
        if (queries.countUpTo(filter, exportMaxRows + 1L) > exportMaxRows) {
            throw new BusinessRuleException("audit.exportTooMany", exportMaxRows);
        }
    }

    /**
     * Writes the matching events (newest first) as an XLSX workbook with a streaming POI workbook,
     * so memory stays flat; refused when more than the maximum match. The export itself is audited.
     *
     * @param headings the column headings in the reader's language (time, user, action code, action,
     *     entity type, entity id, unit id, period id, old value, new value, address, event id)
     * @param actionLabel the action's label in the reader's language, from its code (the code itself
     *     when it has none)
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void exportXlsx(
            AuditFilter filter,
            List<String> headings,
            Function<String, String> actionLabel,
            ZoneId zone,
            OutputStream out) {
        checkExportable(filter);
        auditLog.recordAccess("AUDIT_EXPORTED", "AUDIT_TRAIL", null, filter);
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        workbook.setCompressTempFiles(true);
        try {
            SXSSFSheet sheet = workbook.createSheet("audit");
            Row heading = sheet.createRow(0);
            for (int i = 0; i < headings.size(); i++) {
                heading.createCell(i).setCellValue(headings.get(i));
            }
            int[] next = {1};
            queries.each(filter, exportMaxRows, entry -> {
                Row row = sheet.createRow(next[0]++);
                int c = 0;
                row.createCell(c++).setCellValue(TIME.format(entry.occurredAt().atZone(zone)));
                row.createCell(c++).setCellValue(entry.actor());
                row.createCell(c++).setCellValue(entry.action());
                row.createCell(c++).setCellValue(text(actionLabel.apply(entry.action())));
                row.createCell(c++).setCellValue(entry.entityType());
                row.createCell(c++).setCellValue(text(entry.entityId()));
                row.createCell(c++)
                        .setCellValue(
                                entry.unitId() == null ? "" : entry.unitId().toString());
                row.createCell(c++)
                        .setCellValue(
                                entry.periodId() == null ? "" : entry.periodId().toString());
                row.createCell(c++).setCellValue(cell(entry.oldValue()));
                row.createCell(c++).setCellValue(cell(entry.newValue()));
                row.createCell(c++).setCellValue(text(entry.clientAddress()));
                row.createCell(c).setCellValue(entry.id());
            });
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }

    /**
     * Verifies the whole chain now and records the result; reports the first event altered, deleted
     * or inserted out of order.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public AuditVerification verify() {
        return verifications.run(AuditLog.currentActor(), AuditLog.currentClientAddress());
    }

    /** The latest verification (view action or daily check), if any ran. */
    public Optional<AuditVerification> lastVerification() {
        return verifications.latest();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** An XLSX cell holds at most 32,767 characters. */
    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        return value.length() <= org.apache.poi.ss.SpreadsheetVersion.EXCEL2007.getMaxTextLength()
                ? value
                : value.substring(0, org.apache.poi.ss.SpreadsheetVersion.EXCEL2007.getMaxTextLength());
    }
}
