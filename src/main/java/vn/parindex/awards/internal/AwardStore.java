package vn.parindex.awards.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import vn.parindex.awards.AttachmentInfo;
import vn.parindex.awards.AwardDecision;
import vn.parindex.awards.AwardItem;
import vn.parindex.awards.AwardType;
import vn.parindex.awards.AwardTypeUsage;
import vn.parindex.awards.EligibilityRule;
import vn.parindex.awards.NominationKind;
import vn.parindex.awards.NominationStatus;
import vn.parindex.awards.RuleKind;

/** The awards tables (SQL only; every rule lives in the services). */
@Component
public class AwardStore {

    private final JdbcTemplate jdbc;

    AwardStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // ---- award types and rules

    private static final String TYPE_COLUMNS = "id, code, name_vi, name_en, active, is_default, version";

    private static final RowMapper<AwardType> TYPE = (rs, n) -> new AwardType(
            rs.getLong(1),
            rs.getString(2),
            rs.getString(3),
            rs.getString(4),
            rs.getBoolean(5),
            rs.getBoolean(6),
            rs.getLong(7));

    /** The active types, the default first. */
    public List<AwardType> types() {
        return jdbc.query(
                "select " + TYPE_COLUMNS + " from award_type where active order by is_default desc, sort_order, id",
                TYPE);
    }

    /** Every type, active or not, with how many nominations and rules use it. */
    public List<AwardTypeUsage> typeUsages() {
        return jdbc.query(
                "select " + TYPE_COLUMNS
                        + ", (select count(*) from award_nomination n where n.award_type_id = t.id"
                        + " or n.approved_type_id = t.id) as nominations,"
                        + " (select count(*) from award_rule r where r.award_type_id = t.id) as rules"
                        + " from award_type t order by active desc, is_default desc, sort_order, id",
                (rs, n) -> new AwardTypeUsage(TYPE.mapRow(rs, n), rs.getInt("nominations"), rs.getInt("rules")));
    }

    public Optional<AwardType> type(long id) {
        return jdbc.query("select " + TYPE_COLUMNS + " from award_type where id = ?", TYPE, id).stream()
                .findFirst();
    }

    /** Whether another type has this Vietnamese (or English) name, compared as the unique key does. */
    public boolean typeNameTaken(String column, String name, long exceptId) {
        String sql = switch (column) {
            case "name_vi" -> "select count(*) from award_type where name_vi = ? and id <> ?";
            case "name_en" -> "select count(*) from award_type where name_en = ? and id <> ?";
            default -> throw new IllegalArgumentException(column);
        };
        Integer count = jdbc.queryForObject(sql, Integer.class, name, exceptId);
        return count != null && count > 0;
    }

    /** Adds an active type at the end of the list; its code is derived from its id. */
    public long insertType(String nameVi, String nameEn) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        String placeholder = "NEW_" + java.util.UUID.randomUUID().toString().replace("-", "");
        jdbc.update(
                con -> {
                    var ps = con.prepareStatement(
                            "insert into award_type (code, name_vi, name_en, active, sort_order, is_default, version)"
                                    + " values (?, ?, ?, true, (select coalesce(max(t.sort_order), 0) + 1 from award_type t),"
                                    + " false, 0)",
                            new String[] {"id"});
                    ps.setString(1, placeholder);
                    ps.setString(2, nameVi);
                    ps.setString(3, nameEn);
                    return ps;
                },
                keys);
        long id = keys.getKey().longValue();
        jdbc.update("update award_type set code = ? where id = ?", "TYPE_" + id, id);
        return id;
    }

    /** False when the version moved meanwhile. */
    public boolean renameType(long id, long version, String nameVi, String nameEn) {
        return jdbc.update(
                        "update award_type set name_vi = ?, name_en = ?, version = version + 1 where id = ? and version = ?",
                        nameVi,
                        nameEn,
                        id,
                        version)
                == 1;
    }

    public boolean activateType(long id, long version, boolean active) {
        return jdbc.update(
                        "update award_type set active = ?, version = version + 1 where id = ? and version = ?",
                        active,
                        id,
                        version)
                == 1;
    }

    /** Makes the type the default (the previous default first stops being one). */
    public boolean makeDefaultType(long id, long version) {
        jdbc.update("update award_type set is_default = false, version = version + 1 where is_default and id <> ?", id);
        return jdbc.update(
                        "update award_type set is_default = true, version = version + 1 where id = ? and version = ?",
                        id,
                        version)
                == 1;
    }

    public boolean deleteType(long id, long version) {
        return jdbc.update("delete from award_type where id = ? and version = ?", id, version) == 1;
    }

    public List<EligibilityRule> rules(long periodId) {
        return jdbc.query(
                """
                select r.id, r.award_type_id, r.subject, r.kind, r.block_id, b.name_vi, b.name_en, r.rank_limit, r.min_index
                from award_rule r left join org_block b on b.id = r.block_id
                where r.period_id = ? order by r.award_type_id, r.subject, r.id
                """,
                (rs, n) -> new EligibilityRule(
                        rs.getLong(1),
                        rs.getLong(2),
                        NominationKind.valueOf(rs.getString(3)),
                        RuleKind.valueOf(rs.getString(4)),
                        (Long) rs.getObject(5, Long.class),
                        rs.getString(6),
                        rs.getString(7),
                        (Integer) rs.getObject(8, Integer.class),
                        rs.getBigDecimal(9)),
                periodId);
    }

    public long addRule(
            long periodId,
            long typeId,
            NominationKind subject,
            RuleKind kind,
            Long blockId,
            Integer rankLimit,
            BigDecimal minIndex) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(
                con -> {
                    var ps = con.prepareStatement(
                            "insert into award_rule (period_id, award_type_id, subject, kind, block_id, rank_limit, min_index)"
                                    + " values (?, ?, ?, ?, ?, ?, ?)",
                            new String[] {"id"});
                    ps.setLong(1, periodId);
                    ps.setLong(2, typeId);
                    ps.setString(3, subject.name());
                    ps.setString(4, kind.name());
                    ps.setObject(5, blockId);
                    ps.setObject(6, rankLimit);
                    ps.setBigDecimal(7, minIndex);
                    return ps;
                },
                keys);
        return keys.getKey().longValue();
    }

    public Optional<Long> rulePeriod(long ruleId) {
        return jdbc.query("select period_id from award_rule where id = ?", (rs, n) -> rs.getLong(1), ruleId).stream()
                .findFirst();
    }

    public void deleteRule(long ruleId) {
        jdbc.update("delete from award_rule where id = ?", ruleId);
    }

    // ---- nominations

    /** The stored columns of a nomination that the services work with. */
    public record NominationRow(
            long id,
            long periodId,
            NominationKind kind,
            Long unitId,
            String collectiveName,
            String personName,
            String position,
            String organisation,
            long awardTypeId,
            Long approvedTypeId,
            String achievements,
            String justification,
            boolean eligible,
            String eligibility,
            NominationStatus status,
            String rejectionReason,
            String proposedBy,
            String submittedBy,
            Instant submittedAt,
            String decidedBy,
            Instant decidedAt,
            Long decisionId,
            long version,
            String reviewedBy,
            Instant reviewedAt,
            String returnReason,
            Long headTermId) {}

    private static final String NOMINATION_COLUMNS =
            "id, period_id, kind, unit_id, collective_name, person_name, position_title, organisation, award_type_id,"
                    + " approved_type_id, achievements, justification, eligible, eligibility, status, rejection_reason,"
                    + " proposed_by, submitted_by, submitted_at, decided_by, decided_at, decision_id, version, reviewed_by,"
                    + " reviewed_at, return_reason, head_term_id";

    private static final RowMapper<NominationRow> NOMINATION = (rs, n) -> new NominationRow(
            rs.getLong("id"),
            rs.getLong("period_id"),
            NominationKind.valueOf(rs.getString("kind")),
            (Long) rs.getObject("unit_id", Long.class),
            rs.getString("collective_name"),
            rs.getString("person_name"),
            rs.getString("position_title"),
            rs.getString("organisation"),
            rs.getLong("award_type_id"),
            (Long) rs.getObject("approved_type_id", Long.class),
            rs.getString("achievements"),
            rs.getString("justification"),
            rs.getBoolean("eligible"),
            rs.getString("eligibility"),
            NominationStatus.valueOf(rs.getString("status")),
            rs.getString("rejection_reason"),
            rs.getString("proposed_by"),
            rs.getString("submitted_by"),
            instant(rs, "submitted_at"),
            rs.getString("decided_by"),
            instant(rs, "decided_at"),
            (Long) rs.getObject("decision_id", Long.class),
            rs.getLong("version"),
            rs.getString("reviewed_by"),
            instant(rs, "reviewed_at"),
            rs.getString("return_reason"),
            (Long) rs.getObject("head_term_id", Long.class));

    public Optional<NominationRow> nomination(long id) {
        return jdbc
                .query("select " + NOMINATION_COLUMNS + " from award_nomination where id = ?", NOMINATION, id)
                .stream()
                .findFirst();
    }

    /** The period's nominations in list order (collectives first, then as proposed); unitId limits to one unit's. */
    public List<NominationRow> nominations(long periodId, Long unitId) {
        String sql = "select " + NOMINATION_COLUMNS + " from award_nomination where period_id = ?"
                + (unitId == null ? "" : " and unit_id = ?") + " order by kind, id";
        return unitId == null ? jdbc.query(sql, NOMINATION, periodId) : jdbc.query(sql, NOMINATION, periodId, unitId);
    }

    public boolean subjectTaken(long periodId, String subjectKey, Long exceptId) {
        Integer count = jdbc.queryForObject(
                "select count(*) from award_nomination where period_id = ? and subject_key = ? and id <> ?",
                Integer.class,
                periodId,
                subjectKey,
                exceptId == null ? -1L : exceptId);
        return count != null && count > 0;
    }

    public long insertNomination(NominationRow row, String subjectKey, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(
                con -> {
                    var ps = con.prepareStatement(
                            "insert into award_nomination (period_id, kind, unit_id, collective_name, person_name,"
                                    + " position_title, organisation, award_type_id, achievements, justification, eligible,"
                                    + " eligibility, status, proposed_by, proposed_at, subject_key, version, reviewed_by, reviewed_at,"
                                    + " head_term_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)",
                            new String[] {"id"});
                    ps.setLong(1, row.periodId());
                    ps.setString(2, row.kind().name());
                    ps.setObject(3, row.unitId());
                    ps.setString(4, row.collectiveName());
                    ps.setString(5, row.personName());
                    ps.setString(6, row.position());
                    ps.setString(7, row.organisation());
                    ps.setLong(8, row.awardTypeId());
                    ps.setString(9, row.achievements());
                    ps.setString(10, row.justification());
                    ps.setBoolean(11, row.eligible());
                    ps.setString(12, row.eligibility());
                    ps.setString(13, row.status().name());
                    ps.setString(14, row.proposedBy());
                    ps.setTimestamp(15, utc(at));
                    ps.setString(16, subjectKey);
                    ps.setString(17, row.reviewedBy());
                    ps.setTimestamp(18, row.reviewedBy() == null ? null : utc(at));
                    ps.setObject(19, row.headTermId());
                    return ps;
                },
                keys);
        return keys.getKey().longValue();
    }

    /** Writes the editable fields; false when the version moved meanwhile. */
    public boolean updateNomination(NominationRow row, String subjectKey) {
        return jdbc.update(
                        "update award_nomination set kind = ?, unit_id = ?, collective_name = ?, person_name = ?,"
                                + " position_title = ?, organisation = ?, award_type_id = ?, achievements = ?,"
                                + " justification = ?, eligible = ?, eligibility = ?, subject_key = ?, status = ?, reviewed_by = ?,"
                                + " reviewed_at = ?, return_reason = ?, head_term_id = ?, version = version + 1"
                                + " where id = ? and version = ?",
                        row.kind().name(),
                        row.unitId(),
                        row.collectiveName(),
                        row.personName(),
                        row.position(),
                        row.organisation(),
                        row.awardTypeId(),
                        row.achievements(),
                        row.justification(),
                        row.eligible(),
                        row.eligibility(),
                        subjectKey,
                        row.status().name(),
                        row.reviewedBy(),
                        row.reviewedAt() == null ? null : utc(row.reviewedAt()),
                        row.returnReason(),
                        row.headTermId(),
                        row.id(),
                        row.version())
                == 1;
    }

    /** The secretariat's review: ACCEPTED or RETURNED (with the reason); false when the version moved. */
    public boolean review(long id, long version, NominationStatus status, String reason, String by, Instant at) {
        return jdbc.update(
                        "update award_nomination set status = ?, return_reason = ?, reviewed_by = ?, reviewed_at = ?,"
                                + " version = version + 1 where id = ? and version = ?",
                        status.name(),
                        reason,
                        by,
                        utc(at),
                        id,
                        version)
                == 1;
    }

    public void deleteNomination(long id) {
        jdbc.update("delete from award_attachment where nomination_id = ?", id);
        jdbc.update("delete from award_nomination where id = ?", id);
    }

    public void submit(long id, String by, Instant at) {
        jdbc.update(
                "update award_nomination set status = 'SUBMITTED', submitted_by = ?, submitted_at = ?, version = version + 1"
                        + " where id = ?",
                by,
                utc(at),
                id);
    }

    /** Records the leader's verdict; false when the version moved meanwhile. */
    public boolean decide(
            long id, long version, NominationStatus status, Long approvedTypeId, String reason, String by, Instant at) {
        return jdbc.update(
                        "update award_nomination set status = ?, approved_type_id = ?, rejection_reason = ?, decided_by = ?,"
                                + " decided_at = ?, version = version + 1 where id = ? and version = ?",
                        status.name(),
                        approvedTypeId,
                        reason,
                        by,
                        utc(at),
                        id,
                        version)
                == 1;
    }

    public void markDecided(long id, long decisionId) {
        jdbc.update(
                "update award_nomination set status = 'DECIDED', decision_id = ?, version = version + 1 where id = ?",
                decisionId,
                id);
    }

    public void backToApproved(long id) {
        jdbc.update(
                "update award_nomination set status = 'APPROVED', decision_id = null, version = version + 1 where id = ?",
                id);
    }

    // ---- attachments

    public long addAttachment(
            long nominationId, String fileName, String type, byte[] content, String sha, String by, Instant at) {
        jdbc.update(
                "insert into award_attachment (nomination_id, file_name, content_type, size_bytes, sha256, content,"
                        + " uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
                nominationId,
                fileName,
                type,
                content.length,
                sha,
                content,
                by,
                utc(at));
        return jdbc.queryForObject(
                "select max(id) from award_attachment where nomination_id = ?", Long.class, nominationId);
    }

    public List<AttachmentInfo> attachments(long nominationId) {
        return jdbc.query(
                "select id, file_name, content_type, size_bytes, uploaded_by, uploaded_at from award_attachment"
                        + " where nomination_id = ? order by id",
                (rs, n) -> new AttachmentInfo(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getString(5),
                        instant(rs, "uploaded_at")),
                nominationId);
    }

    public Map<Long, Integer> attachmentCounts(long periodId) {
        Map<Long, Integer> counts = new HashMap<>();
        jdbc.query(
                "select a.nomination_id, count(*) from award_attachment a join award_nomination n on n.id = a.nomination_id"
                        + " where n.period_id = ? group by a.nomination_id",
                rs -> {
                    counts.put(rs.getLong(1), rs.getInt(2));
                },
                periodId);
        return counts;
    }

    public Optional<Map.Entry<Long, byte[]>> attachmentContent(long attachmentId) {
        return jdbc
                .query(
                        "select nomination_id, content from award_attachment where id = ?",
                        (rs, n) -> Map.entry(rs.getLong(1), rs.getBytes(2)),
                        attachmentId)
                .stream()
                .findFirst();
    }

    // ---- decisions

    public boolean numberTaken(String number, int year) {
        Integer count = jdbc.queryForObject(
                "select count(*) from award_decision where number = ? and decision_year = ?",
                Integer.class,
                number,
                year);
        return count != null && count > 0;
    }

    public List<String> numbersOfYear(int year) {
        return jdbc.queryForList("select number from award_decision where decision_year = ?", String.class, year);
    }

    public long insertDecision(
            long periodId,
            String number,
            LocalDate date,
            String signerName,
            String signerTitle,
            Long replacesId,
            String reason,
            Instant at,
            String by) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(
                con -> {
                    var ps = con.prepareStatement(
                            "insert into award_decision (period_id, number, decision_date, decision_year, signer_name, signer_title,"
                                    + " replaces_id, reason, superseded, issued_at, issued_by, version)"
                                    + " values (?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?, 0)",
                            new String[] {"id"});
                    ps.setLong(1, periodId);
                    ps.setString(2, number);
                    ps.setObject(3, date);
                    ps.setInt(4, date.getYear());
                    ps.setString(5, signerName);
                    ps.setString(6, signerTitle);
                    ps.setObject(7, replacesId);
                    ps.setString(8, reason);
                    ps.setTimestamp(9, utc(at));
                    ps.setString(10, by);
                    return ps;
                },
                keys);
        return keys.getKey().longValue();
    }

    public boolean supersede(long decisionId, long version) {
        return jdbc.update(
                        "update award_decision set superseded = true, version = version + 1 where id = ? and version = ?"
                                + " and not superseded",
                        decisionId,
                        version)
                == 1;
    }

    private static final String DECISION_SQL = """
            select d.id, d.period_id, p.year, d.number, d.decision_date, d.signer_name, d.signer_title, d.replaces_id,
                   r.number as replaces_number, d.reason, d.superseded, d.issued_at, d.issued_by, d.version,
                   (select count(*) from award_decision_item i where i.decision_id = d.id and i.kind = 'COLLECTIVE') as collectives,
                   (select count(*) from award_decision_item i where i.decision_id = d.id and i.kind = 'INDIVIDUAL') as individuals
            from award_decision d join assessment_period p on p.id = d.period_id
            left join award_decision r on r.id = d.replaces_id
            """;

    private static final RowMapper<AwardDecision> DECISION = (rs, n) -> new AwardDecision(
            rs.getLong("id"),
            rs.getLong("period_id"),
            rs.getInt("year"),
            rs.getString("number"),
            rs.getObject("decision_date", LocalDate.class),
            rs.getString("signer_name"),
            rs.getString("signer_title"),
            (Long) rs.getObject("replaces_id", Long.class),
            rs.getString("replaces_number"),
            rs.getString("reason"),
            rs.getBoolean("superseded"),
            instant(rs, "issued_at"),
            rs.getString("issued_by"),
            rs.getInt("collectives"),
            rs.getInt("individuals"),
            rs.getLong("version"));

    public List<AwardDecision> decisions(long periodId) {
        return jdbc.query(DECISION_SQL + " where d.period_id = ? order by d.id", DECISION, periodId);
    }

    public Optional<AwardDecision> decision(long id) {
        return jdbc.query(DECISION_SQL + " where d.id = ?", DECISION, id).stream()
                .findFirst();
    }

    public void insertItems(List<AwardItem> items) {
        jdbc.batchUpdate("""
                insert into award_decision_item (decision_id, position, nomination_id, kind, name, position_title,
                    organisation, award_type_vi, award_type_en, unit_code, block_name_vi, block_name_en, total,
                    result_index, rank_place, previous_rank, change_direction, change_places, band_name_vi,
                    band_name_en, eligible, eligibility, justification, achievements, approvals, attachments, leader_level)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, items, 100, (ps, i) -> {
            ps.setLong(1, i.decisionId());
            ps.setInt(2, i.position());
            ps.setLong(3, i.nominationId());
            ps.setString(4, i.kind().name());
            ps.setString(5, i.name());
            ps.setString(6, i.positionTitle());
            ps.setString(7, i.organisation());
            ps.setString(8, i.awardTypeVi());
            ps.setString(9, i.awardTypeEn());
            ps.setString(10, i.unitCode());
            ps.setString(11, i.blockNameVi());
            ps.setString(12, i.blockNameEn());
            ps.setBigDecimal(13, i.total());
            ps.setBigDecimal(14, i.index());
            ps.setObject(15, i.rank());
            ps.setObject(16, i.previousRank());
            ps.setString(17, i.changeDirection());
            ps.setObject(18, i.changePlaces());
            ps.setString(19, i.bandNameVi());
            ps.setString(20, i.bandNameEn());
            ps.setBoolean(21, i.eligible());
            ps.setString(22, FindingCodec.encode(i.findings()));
            ps.setString(23, i.justification());
            ps.setString(24, i.achievements());
            ps.setString(25, i.approvals());
            ps.setInt(26, i.attachments());
            ps.setString(27, i.leaderLevel());
        });
    }

    public List<AwardItem> items(long decisionId) {
        return jdbc.query(
                "select * from award_decision_item where decision_id = ? order by position",
                (rs, n) -> new AwardItem(
                        rs.getLong("decision_id"),
                        rs.getInt("position"),
                        rs.getLong("nomination_id"),
                        NominationKind.valueOf(rs.getString("kind")),
                        rs.getString("name"),
                        rs.getString("position_title"),
                        rs.getString("organisation"),
                        rs.getString("award_type_vi"),
                        rs.getString("award_type_en"),
                        rs.getString("unit_code"),
                        rs.getString("block_name_vi"),
                        rs.getString("block_name_en"),
                        rs.getBigDecimal("total"),
                        rs.getBigDecimal("result_index"),
                        (Integer) rs.getObject("rank_place", Integer.class),
                        (Integer) rs.getObject("previous_rank", Integer.class),
                        rs.getString("change_direction"),
                        (Integer) rs.getObject("change_places", Integer.class),
                        rs.getString("band_name_vi"),
                        rs.getString("band_name_en"),
                        rs.getBoolean("eligible"),
                        FindingCodec.decode(rs.getString("eligibility")),
                        rs.getString("justification"),
                        rs.getString("achievements"),
                        rs.getString("approvals"),
                        rs.getInt("attachments"),
                        rs.getString("leader_level")),
                decisionId);
    }

    public Optional<String> unitCodeOfItemNomination(long nominationId) {
        return Optional.empty();
    }

    private static Timestamp utc(Instant at) {
        return Timestamp.valueOf(java.time.LocalDateTime.ofInstant(at, java.time.ZoneOffset.UTC));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toLocalDateTime().toInstant(java.time.ZoneOffset.UTC);
    }
}
