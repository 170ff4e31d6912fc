package vn.parindex.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;

/**
 * The chain's hash: SHA-256 (hex) over the previous event's hash and a canonical serialization of the
 * event. Every field is written as its length, a colon and its text ("-" for null), so no two
 * different events serialize alike. The surrogate id is left out: it is allocated by the insert;
 * the chain position stands for it.
 */
public final class AuditHash {

    /** The "previous hash" of the first event. */
    public static final String GENESIS = "0".repeat(64);

    private AuditHash() {}

    public static String of(
            String previousHash,
            long chainSeq,
            Instant occurredAt,
            String actor,
            String action,
            String entityType,
            String entityId,
            Long unitId,
            Long periodId,
            String oldValue,
            String newValue,
            String clientAddress) {
        StringBuilder text = new StringBuilder(256).append(previousHash).append('\n');
        field(text, Long.toString(chainSeq));
        field(text, occurredAt == null ? null : occurredAt.toString());
        field(text, actor);
        field(text, action);
        field(text, entityType);
        field(text, entityId);
        field(text, unitId == null ? null : unitId.toString());
        field(text, periodId == null ? null : periodId.toString());
        field(text, oldValue);
        field(text, newValue);
        field(text, clientAddress);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * The hash of the stored event the result set stands on (its columns by name), at chain position
     * {@code chainSeq} after {@code previousHash}: what the backfill wrote and the verification recomputes.
     */
    static String ofRow(ResultSet rs, String previousHash, long chainSeq) throws SQLException {
        LocalDateTime at = rs.getObject("occurred_at", LocalDateTime.class);
        return of(
                previousHash,
                chainSeq,
                at == null ? null : at.toInstant(ZoneOffset.UTC),
                rs.getString("actor"),
                rs.getString("action"),
                rs.getString("entity_type"),
                rs.getString("entity_id"),
                AuditChainVerifier.nullableLong(rs, "unit_id"),
                AuditChainVerifier.nullableLong(rs, "period_id"),
                rs.getString("old_value"),
                rs.getString("new_value"),
                rs.getString("client_address"));
    }

    private static void field(StringBuilder text, String value) {
        if (value == null) {
            text.append('-');
        } else {
            text.append(value.length()).append(':').append(value);
        }
        text.append('|');
    }
}
