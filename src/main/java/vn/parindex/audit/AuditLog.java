package vn.parindex.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.parindex.audit.internal.AuditEvent;
import vn.parindex.audit.internal.AuditEventRepository;

/**
 * Writes the audit trail: who did what, when, from where, with the old and the new value. Joins the
 * caller's transaction, so a change and its audit event are saved together or not at all.
 */
@Service
public class AuditLog {

    public static final String SYSTEM_ACTOR = "system";

    private final AuditEventRepository events;
    private final Clock clock;
    private final ObjectMapper json;

    AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
        this.json = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    /** Records a change made by the signed-in user from the current request's address. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String entityType, Object entityId, Object oldValue, Object newValue) {
        save(currentActor(), currentClientAddress(), action, entityType, entityId, oldValue, newValue);
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
        save(actor, clientAddress, action, entityType, entityId, oldValue, newValue);
    }

    private void save(
            String actor,
            String clientAddress,
            String action,
            String entityType,
            Object entityId,
            Object oldValue,
            Object newValue) {
        events.save(new AuditEvent(
                Instant.now(clock),
                truncate(actor, 60),
                action,
                entityType,
                entityId == null ? null : String.valueOf(entityId),
                toJson(oldValue),
                toJson(newValue),
                truncate(clientAddress, 64)));
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

    private static String currentActor() {
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
