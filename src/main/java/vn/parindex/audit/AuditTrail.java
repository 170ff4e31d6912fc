package vn.parindex.audit;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.audit.internal.AuditEventRepository;
import vn.parindex.security.Role;

/** Reads the audit trail; open to the IT administrator and the secretariat. */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.SECRETARIAT})
public class AuditTrail {

    private final AuditEventRepository events;

    AuditTrail(AuditEventRepository events) {
        this.events = events;
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
                        event.getClientAddress()))
                .toList();
    }
}
