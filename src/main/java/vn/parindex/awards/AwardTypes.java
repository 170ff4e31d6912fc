package vn.parindex.awards;

import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.audit.AuditLog;
import vn.parindex.awards.internal.AwardStore;
import vn.parindex.security.Role;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.ConcurrentEditException;
import vn.parindex.shared.TextLimits;

/**
 * The configurable list of award types: the secretariat adds, renames (Vietnamese and English names,
 * each unique), deactivates and reactivates a type and chooses the default that a new nomination
 * starts with; the leader reads the list. A type a nomination or a rule uses is never deleted, only
 * deactivated (then not offered for new nominations, approvals at another type or rules). Refusals
 * carry keys starting with {@code awards.type.nameVi} / {@code awards.type.nameEn} when they concern
 * one field, so the form shows them there.
 */
@Service
@Transactional
public class AwardTypes {

    static final String ENTITY = "AWARD_TYPE";

    private final AwardStore store;
    private final AuditLog audit;

    AwardTypes(AwardStore store, AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    /** Every type (active first, the default at the top) with what uses it. */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.LEADER})
    public List<AwardTypeUsage> list() {
        return store.typeUsages();
    }

    @RolesAllowed(Role.Names.SECRETARIAT)
    public AwardType add(String nameVi, String nameEn) {
        String vi = name(nameVi, "nameVi");
        String en = name(nameEn, "nameEn");
        unique(vi, en, -1);
        long id;
        try {
            id = store.insertType(vi, en);
        } catch (DuplicateKeyException raced) {
            throw new BusinessRuleException("awards.type.nameVi.taken", vi);
        }
        audit.record("AWARD_TYPE_ADDED", ENTITY, id, null, Map.of("nameVi", vi, "nameEn", en));
        return get(id);
    }

    @RolesAllowed(Role.Names.SECRETARIAT)
    public AwardType rename(long id, long expectedVersion, String nameVi, String nameEn) {
        AwardType old = current(id, expectedVersion);
        String vi = name(nameVi, "nameVi");
        String en = name(nameEn, "nameEn");
        unique(vi, en, id);
        try {
            if (!store.renameType(id, expectedVersion, vi, en)) {
                throw new ConcurrentEditException();
            }
        } catch (DuplicateKeyException raced) {
            throw new BusinessRuleException("awards.type.nameVi.taken", vi);
        }
        audit.record(
                "AWARD_TYPE_RENAMED",
                ENTITY,
                id,
                Map.of("nameVi", old.nameVi(), "nameEn", old.nameEn()),
                Map.of("nameVi", vi, "nameEn", en));
        return get(id);
    }

    /** No longer offered for new nominations; what already uses it keeps it. Never the default. */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public AwardType deactivate(long id, long expectedVersion) {
        AwardType old = current(id, expectedVersion);
        if (old.defaultType()) {
            throw new BusinessRuleException("awards.type.defaultStaysActive", old.nameVi());
        }
        if (!old.active()) {
            return old;
        }
        return active(old, false);
    }

    @RolesAllowed(Role.Names.SECRETARIAT)
    public AwardType reactivate(long id, long expectedVersion) {
        AwardType old = current(id, expectedVersion);
        if (old.active()) {
            return old;
        }
        return active(old, true);
    }

    /** The type a new nomination starts with; it must be active. */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public AwardType makeDefault(long id, long expectedVersion) {
        AwardType old = current(id, expectedVersion);
        if (!old.active()) {
            throw new BusinessRuleException("awards.type.inactiveDefault", old.nameVi());
        }
        if (old.defaultType()) {
            return old;
        }
        Long previous = store.types().stream()
                .filter(AwardType::defaultType)
                .map(AwardType::id)
                .findFirst()
                .orElse(null);
        if (!store.makeDefaultType(id, expectedVersion)) {
            throw new ConcurrentEditException();
        }
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("default", previous);
        audit.record("AWARD_TYPE_DEFAULT", ENTITY, id, before, Map.of("default", id));
        return get(id);
    }

    /** Only a type nothing uses (no nomination, no rule) and that is not the default. */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public void delete(long id, long expectedVersion) {
        AwardType old = current(id, expectedVersion);
        if (old.defaultType()) {
            throw new BusinessRuleException("awards.type.defaultStaysActive", old.nameVi());
        }
        AwardTypeUsage usage = store.typeUsages().stream()
                .filter(u -> u.type().id() == id)
                .findFirst()
                .orElseThrow();
        if (usage.used()) {
            throw new BusinessRuleException("awards.type.inUse", old.nameVi(), usage.nominations(), usage.rules());
        }
        if (!store.deleteType(id, expectedVersion)) {
            throw new ConcurrentEditException();
        }
        audit.record("AWARD_TYPE_DELETED", ENTITY, id, Map.of("nameVi", old.nameVi(), "nameEn", old.nameEn()), null);
    }

    private AwardType active(AwardType old, boolean active) {
        if (!store.activateType(old.id(), old.version(), active)) {
            throw new ConcurrentEditException();
        }
        audit.record(
                active ? "AWARD_TYPE_REACTIVATED" : "AWARD_TYPE_DEACTIVATED",
                ENTITY,
                old.id(),
                Map.of("active", old.active()),
                Map.of("active", active));
        return get(old.id());
    }

    private AwardType current(long id, long expectedVersion) {
        AwardType type = get(id);
        ConcurrentEditException.check(type.version(), expectedVersion);
        return type;
    }

    private AwardType get(long id) {
        return store.type(id).orElseThrow(() -> new BusinessRuleException("awards.typeUnknown"));
    }

    private static String name(String value, String field) {
        String text = value == null ? "" : value.strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            throw new BusinessRuleException("awards.type." + field + ".required");
        }
        if (text.length() > TextLimits.NAME) {
            throw new BusinessRuleException("awards.type." + field + ".tooLong", String.valueOf(TextLimits.NAME));
        }
        return text;
    }

    private void unique(String vi, String en, long exceptId) {
        if (store.typeNameTaken("name_vi", vi, exceptId)) {
            throw new BusinessRuleException("awards.type.nameVi.taken", vi);
        }
        if (store.typeNameTaken("name_en", en, exceptId)) {
            throw new BusinessRuleException("awards.type.nameEn.taken", en);
        }
    }
}
