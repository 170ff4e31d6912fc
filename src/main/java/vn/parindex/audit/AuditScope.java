package vn.parindex.audit;

/** The unit and period an audit event is about (either may be null), for the viewer's filters. */
public record AuditScope(Long unitId, Long periodId) {

    public static AuditScope unit(long unitId) {
        return new AuditScope(unitId, null);
    }

    public static AuditScope period(long periodId) {
        return new AuditScope(null, periodId);
    }

    public static AuditScope of(long unitId, long periodId) {
        return new AuditScope(unitId, periodId);
    }
}
