package vn.parindex.audit.internal;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.parindex.audit.AuditLog;

/**
 * The daily verification of the chain (by default 03:15 in the portal's time zone). Running it on
 * every node is harmless (it only reads, then records its result), so it takes no cluster lock.
 */
@Component
class AuditTrailCheck {

    private final AuditVerifications verifications;

    AuditTrailCheck(AuditVerifications verifications) {
        this.verifications = verifications;
    }

    @Scheduled(cron = "${parindex.audit.verify-cron:0 15 3 * * *}", zone = "${parindex.time-zone}")
    void daily() {
        verifications.run(AuditLog.SYSTEM_ACTOR, null);
    }
}
