package vn.parindex.leaders.internal;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import vn.parindex.leaders.ClassificationEntry;
import vn.parindex.leaders.ClassificationStatus;
import vn.parindex.leaders.Level;
import vn.parindex.leaders.Proposal;
import vn.parindex.leaders.RuleKind;
import vn.parindex.ranking.RankChange;
import vn.parindex.ranking.UnrankedUnit;
import vn.parindex.shared.ConcurrentEditException;

/** Blocks' classifications and their entries, read and written in a constant number of statements. */
@Component
public class ClassificationStore {

    private final JdbcTemplate jdbc;

    ClassificationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A classification's own row. */
    public record Header(
            long id,
            long periodId,
            long blockId,
            ClassificationStatus status,
            long ruleSetId,
            boolean published,
            String returnComment,
            Instant submittedAt,
            String submittedBy,
            Instant decidedAt,
            String decidedBy,
            long version) {}

    /** What an entry is written from (insert or refresh, keyed by classification and unit). */
    public record EntryRow(
            long unitId,
            int position,
            String unitNameVi,
            String unitNameEn,
            Long headTermId,
            String headName,
            String headTitleVi,
            String headTitleEn,
            boolean acting,
            BigDecimal index,
            Integer rank,
            Integer previousRank,
            RankChange change,
            BigDecimal bandMin,
            String bandNameVi,
            String bandNameEn,
            Level proposedLevel,
            List<Proposal.Reason> reasons,
            Level finalLevel,
            boolean outsideRules,
            UnrankedUnit.Reason unrankedReason,
            String unrankedNote) {}

    public Optional<Header> find(long periodId, long blockId) {
        return jdbc
                .query(
                        "select * from leader_classification where period_id = ? and block_id = ?",
                        (rs, n) -> header(rs),
                        periodId,
                        blockId)
                .stream()
                .findFirst();
    }

    public Optional<Header> byId(long id) {
        return jdbc.query("select * from leader_classification where id = ?", (rs, n) -> header(rs), id).stream()
                .findFirst();
    }

    /** The classification holding an entry, or empty. */
    public Optional<Long> classificationOf(long entryId) {
        return jdbc
                .queryForList(
                        "select classification_id from leader_classification_entry where id = ?", Long.class, entryId)
                .stream()
                .findFirst();
    }

    public long create(long periodId, long blockId, long ruleSetId, boolean published) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    PreparedStatement statement = connection.prepareStatement(
                            "insert into leader_classification (period_id, block_id, status, rule_set_id, published)"
                                    + " values (?, ?, 'DRAFT', ?, ?)",
                            Statement.RETURN_GENERATED_KEYS);
                    statement.setLong(1, periodId);
                    statement.setLong(2, blockId);
                    statement.setLong(3, ruleSetId);
                    statement.setBoolean(4, published);
                    return statement;
                },
                key);
        return key.getKey().longValue();
    }

    /** The rules and results a refresh used. */
    public void refreshed(long id, long ruleSetId, boolean published) {
        jdbc.update(
                "update leader_classification set rule_set_id = ?, published = ?, version = version + 1 where id = ?",
                ruleSetId,
                published,
                id);
    }

    /** Moves the classification to a status if its version is still the expected one. */
    public void status(
            long id, long expectedVersion, ClassificationStatus status, String comment, Instant at, String by) {
        boolean submitted = status == ClassificationStatus.SUBMITTED;
        int updated = jdbc.update(
                "update leader_classification set status = ?, return_comment = ?,"
                        + (submitted ? " submitted_at = ?, submitted_by = ?," : " decided_at = ?, decided_by = ?,")
                        + " version = version + 1 where id = ? and version = ?",
                status.name(),
                comment,
                RuleStore.timestamp(at),
                by,
                id,
                expectedVersion);
        if (updated == 0) {
            throw new ConcurrentEditException();
        }
    }

    public List<ClassificationEntry> entries(long classificationId) {
        return jdbc.query(
                "select * from leader_classification_entry where classification_id = ? order by position",
                (rs, n) -> entry(rs),
                classificationId);
    }

    public Optional<ClassificationEntry> entry(long entryId) {
        return jdbc
                .query("select * from leader_classification_entry where id = ?", (rs, n) -> entry(rs), entryId)
                .stream()
                .findFirst();
    }

    /** Inserts new entries and refreshes existing ones (final level, justification and flags kept). */
    public void upsert(long classificationId, List<EntryRow> rows) {
        jdbc.batchUpdate("""
                insert into leader_classification_entry (classification_id, unit_id, position, unit_name_vi,
                    unit_name_en, head_term_id, head_name, head_title_vi, head_title_en, acting, result_index,
                    rank_place, previous_rank, change_direction, change_places, band_min, band_name_vi,
                    band_name_en, proposed_level, reasons, final_level, outside_rules, unranked_reason, unranked_note)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on duplicate key update position = values(position), unit_name_vi = values(unit_name_vi),
                    unit_name_en = values(unit_name_en), head_term_id = values(head_term_id),
                    head_name = values(head_name), head_title_vi = values(head_title_vi),
                    head_title_en = values(head_title_en), acting = values(acting),
                    result_index = values(result_index), rank_place = values(rank_place),
                    previous_rank = values(previous_rank), change_direction = values(change_direction),
                    change_places = values(change_places), band_min = values(band_min),
                    band_name_vi = values(band_name_vi), band_name_en = values(band_name_en),
                    proposed_level = values(proposed_level), reasons = values(reasons),
                    final_level = values(final_level), outside_rules = values(outside_rules),
                    unranked_reason = values(unranked_reason), unranked_note = values(unranked_note),
                    version = version + 1
                """, rows, 100, (statement, row) -> {
            statement.setLong(1, classificationId);
            statement.setLong(2, row.unitId());
            statement.setInt(3, row.position());
            statement.setString(4, row.unitNameVi());
            statement.setString(5, row.unitNameEn());
            statement.setObject(6, row.headTermId(), Types.BIGINT);
            statement.setString(7, row.headName());
            statement.setString(8, row.headTitleVi());
            statement.setString(9, row.headTitleEn());
            statement.setBoolean(10, row.acting());
            statement.setBigDecimal(11, row.index());
            statement.setObject(12, row.rank(), Types.INTEGER);
            statement.setObject(13, row.previousRank(), Types.INTEGER);
            statement.setString(
                    14, row.change() == null ? null : row.change().direction().name());
            statement.setObject(15, row.change() == null ? null : row.change().places(), Types.INTEGER);
            statement.setBigDecimal(16, row.bandMin());
            statement.setString(17, row.bandNameVi());
            statement.setString(18, row.bandNameEn());
            statement.setString(19, row.proposedLevel().name());
            statement.setString(20, reasons(row.reasons()));
            statement.setString(21, row.finalLevel().name());
            statement.setBoolean(22, row.outsideRules());
            statement.setString(
                    23,
                    row.unrankedReason() == null ? null : row.unrankedReason().name());
            statement.setString(24, row.unrankedNote());
        });
    }

    /** Sets an entry's final level if its version is still the expected one. */
    public void finalLevel(long entryId, long expectedVersion, Level level, String justification, boolean outside) {
        int updated = jdbc.update(
                "update leader_classification_entry set final_level = ?, justification = ?, outside_rules = ?,"
                        + " version = version + 1 where id = ? and version = ?",
                level.name(),
                justification,
                outside,
                entryId,
                expectedVersion);
        if (updated == 0) {
            throw new ConcurrentEditException();
        }
    }

    public void flags(long entryId, long expectedVersion, boolean disciplined, String reference, int absenceMonths) {
        int updated = jdbc.update(
                "update leader_classification_entry set disciplined = ?, discipline_ref = ?, absence_months = ?,"
                        + " version = version + 1 where id = ? and version = ?",
                disciplined,
                reference,
                absenceMonths,
                entryId,
                expectedVersion);
        if (updated == 0) {
            throw new ConcurrentEditException();
        }
    }

    private static Header header(ResultSet rs) throws SQLException {
        return new Header(
                rs.getLong("id"),
                rs.getLong("period_id"),
                rs.getLong("block_id"),
                ClassificationStatus.valueOf(rs.getString("status")),
                rs.getLong("rule_set_id"),
                rs.getBoolean("published"),
                rs.getString("return_comment"),
                RuleStore.instant(rs.getObject("submitted_at")),
                rs.getString("submitted_by"),
                RuleStore.instant(rs.getObject("decided_at")),
                rs.getString("decided_by"),
                rs.getLong("version"));
    }

    private static ClassificationEntry entry(ResultSet rs) throws SQLException {
        String direction = rs.getString("change_direction");
        String proposed = rs.getString("proposed_level");
        String chosen = rs.getString("final_level");
        String unranked = rs.getString("unranked_reason");
        return new ClassificationEntry(
                rs.getLong("id"),
                rs.getLong("unit_id"),
                rs.getString("unit_name_vi"),
                rs.getString("unit_name_en"),
                rs.getString("head_name"),
                rs.getString("head_title_vi"),
                rs.getString("head_title_en"),
                rs.getBoolean("acting"),
                rs.getBigDecimal("result_index"),
                rs.getObject("rank_place", Integer.class),
                direction == null
                        ? null
                        : new RankChange(RankChange.Direction.valueOf(direction), rs.getInt("change_places")),
                rs.getString("band_name_vi"),
                rs.getString("band_name_en"),
                rs.getBoolean("disciplined"),
                rs.getString("discipline_ref"),
                rs.getInt("absence_months"),
                proposed == null ? null : Level.valueOf(proposed),
                reasons(rs.getString("reasons")),
                chosen == null ? null : Level.valueOf(chosen),
                rs.getString("justification"),
                rs.getBoolean("outside_rules"),
                rs.getLong("version"),
                unranked == null ? null : UnrankedUnit.Reason.valueOf(unranked),
                rs.getString("unranked_note"));
    }

    /** One reason a line: kind, level, rule name. */
    static String reasons(List<Proposal.Reason> reasons) {
        StringBuilder text = new StringBuilder();
        for (Proposal.Reason reason : reasons) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(reason.kind().name())
                    .append('|')
                    .append(reason.level().name())
                    .append('|')
                    .append(reason.ruleName().replace('\n', ' '));
        }
        return text.toString();
    }

    static List<Proposal.Reason> reasons(String text) {
        List<Proposal.Reason> reasons = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return reasons;
        }
        for (String line : text.split("\n")) {
            String[] parts = line.split("\\|", 3);
            reasons.add(new Proposal.Reason(RuleKind.valueOf(parts[0]), parts[2], Level.valueOf(parts[1])));
        }
        return reasons;
    }
}
