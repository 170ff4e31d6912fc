package vn.parindex.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.parindex.audit.internal.AuditChain;
import vn.parindex.audit.internal.AuditEvent;

/**
 * Writes the audit trail: who did what, when, from where, with the old and the new value. Joins the
 * caller's transaction, so a change and its audit event are saved together or not at all. Every event
 * is linked into a hash chain when its transaction commits ({@code AuditChain}).
 */
@Service
public class AuditLog {

    public static final String SYSTEM_ACTOR = "system";

    private final AuditChain chain;
    private final Clock clock;
    private final ObjectMapper json;
    private final TransactionTemplate ownTransaction;

    AuditLog(AuditChain chain, Clock clock, PlatformTransactionManager transactions) {
        this.chain = chain;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.json = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    /** Records a change made by the signed-in user from the current request's address. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String entityType, Object entityId, Object oldValue, Object newValue) {
        save(currentActor(), currentClientAddress(), action, entityType, entityId, oldValue, newValue, null);
    }

    /**
     * Records a change about one unit and/or period (either may be null), so the audit viewer can
     * filter by them.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(
            AuditScope scope, String action, String entityType, Object entityId, Object oldValue, Object newValue) {
        save(currentActor(), currentClientAddress(), action, entityType, entityId, oldValue, newValue, scope);
    }

    /**
     * Records that something was read or refused rather than changed: a download, an export, a denied
     * access. It joins the caller's writing transaction if there is one; otherwise (no transaction, or
     * a read-only one as downloads run in) it is saved in its own, so it is kept even if the read fails
     * afterwards.
     */
    public void recordAccess(String action, String entityType, Object entityId, Object detail) {
        recordAccess(null, action, entityType, entityId, detail);
    }

    /** {@link #recordAccess} about one unit and/or period (either may be null), for the viewer's filters. */
    public void recordAccess(AuditScope scope, String action, String entityType, Object entityId, Object detail) {
        recordAccessFor(currentActor(), currentClientAddress(), scope, action, entityType, entityId, detail);
    }

    /**
     * Records a refused access (a service method, a request or a view), always in its own
     * transaction: the refusal usually rolls back whatever the caller was doing.
     */
    public void recordDeniedFor(String actor, String clientAddress, String target) {
        ownTransaction.executeWithoutResult(
                status -> save(actor, clientAddress, "ACCESS_DENIED", "ACCESS", target, null, null, null));
    }

    /** {@link #recordAccess} for an actor and address the caller knows (security events). */
    public void recordAccessFor(
            String actor, String clientAddress, String action, String entityType, Object entityId, Object detail) {
        recordAccessFor(actor, clientAddress, null, action, entityType, entityId, detail);
    }

    private void recordAccessFor(
            String actor,
            String clientAddress,
            AuditScope scope,
            String action,
            String entityType,
            Object entityId,
            Object detail) {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            save(actor, clientAddress, action, entityType, entityId, null, detail, scope);
        } else {
            ownTransaction.executeWithoutResult(
                    status -> save(actor, clientAddress, action, entityType, entityId, null, detail, scope));
        }
    }

    /**
     * Records an event whose actor and address are known to the caller rather than the security
     * context, such as a login attempt.
     */
    @Transactional
    public void recordFor(
            String actor,
            String clientAddress,
            String action,
            String entityType,
            Object entityId,
            Object oldValue,
            Object newValue) {
        save(actor, clientAddress, action, entityType, entityId, oldValue, newValue, null);
    }

    private void save(
            String actor,
            String clientAddress,
            String action,
            String entityType,
            Object entityId,
            Object oldValue,
            Object newValue,
            AuditScope scope) {
        chain.append(new AuditEvent(
                // the column keeps microseconds; the hash must see what is stored
                Instant.now(clock).truncatedTo(ChronoUnit.MICROS),
                truncate(actor, 60),
                action,
                entityType,
                entityId == null ? null : String.valueOf(entityId),
                toJson(oldValue),
                toJson(newValue),
                truncate(clientAddress, 64),
                scope == null ? null : scope.unitId(),
                scope == null ? null : scope.periodId()));
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof CharSequence text) {
            return text.toString();
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return String.valueOf(value);
        }
    }

    /** The signed-in user's name, or {@link #SYSTEM_ACTOR}. */
    public static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? SYSTEM_ACTOR : authentication.getName();
    }

    /** The client's address as the servlet container sees it (proxy headers applied by Spring Boot). */
    public static String currentClientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
