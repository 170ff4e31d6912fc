package vn.parindex.organization;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.audit.AuditLog;
import vn.parindex.audit.AuditScope;
import vn.parindex.organization.internal.Block;
import vn.parindex.organization.internal.BlockRepository;
import vn.parindex.organization.internal.HeadTerms;
import vn.parindex.organization.internal.Unit;
import vn.parindex.organization.internal.UnitHead;
import vn.parindex.organization.internal.UnitHeadRepository;
import vn.parindex.organization.internal.UnitRepository;
import vn.parindex.security.Role;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.ConcurrentEditException;
import vn.parindex.shared.TextLimits;

/** ADMIN and SECRETARIAT maintain the province's blocks and units. */
@Service
@Transactional
@RolesAllowed({Role.Names.ADMIN, Role.Names.SECRETARIAT})
public class UnitAdministration {

    private static final String UNIT = "UNIT";
    private static final String BLOCK = "BLOCK";
    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{2,30}");

    private final BlockRepository blocks;
    private final UnitRepository units;
    private final AuditLog audit;
    private final UnitHeadRepository heads;
    private final Clock clock;

    UnitAdministration(
            BlockRepository blocks, UnitRepository units, AuditLog audit, UnitHeadRepository heads, Clock clock) {
        this.heads = heads;
        this.clock = clock;
        this.blocks = blocks;
        this.units = units;
        this.audit = audit;
    }

    public long createBlock(String code, String nameVi, String nameEn, int sortOrder) {
        checkCode(code);
        requireText(nameVi, "block.nameVi.required");
        requireText(nameEn, "block.nameEn.required");
        if (blocks.findByCode(code).isPresent()) {
            throw new BusinessRuleException("block.code.taken", code);
        }
        Block block = blocks.save(new Block(code, nameVi.trim(), nameEn.trim(), sortOrder));
        audit.record("BLOCK_CREATED", BLOCK, block.getId(), null, block.toSummary());
        return block.getId();
    }

    public long createUnit(UnitDraft draft) {
        checkCode(draft.code());
        if (units.existsByCode(draft.code().trim())) {
            throw new BusinessRuleException("unit.code.taken", draft.code().trim());
        }
        Unit unit = units.saveAndFlush(new Unit(checked(draft), block(draft.blockId())));
        followHead(unit, draft);
        audit.record(AuditScope.unit(unit.getId()), "UNIT_CREATED", UNIT, unit.getId(), null, unit.toSummary());
        return unit.getId();
    }

    /** Saves the edited unit; refused when someone else saved it since it was opened. */
    public UnitSummary updateUnit(long id, long expectedVersion, UnitDraft draft) {
        Unit unit = load(id);
        ConcurrentEditException.check(unit.getVersion(), expectedVersion);
        UnitSummary before = unit.toSummary();
        unit.apply(checked(draft), block(draft.blockId()));
        units.saveAndFlush(unit);
        followHead(unit, draft);
        UnitSummary after = unit.toSummary();
        audit.record(AuditScope.unit(id), "UNIT_UPDATED", UNIT, id, before, after);
        return after;
    }

    /** Deactivated units stay with their history but leave new periods and lists of choices. */
    public UnitSummary setActive(long id, long expectedVersion, boolean active) {
        Unit unit = load(id);
        ConcurrentEditException.check(unit.getVersion(), expectedVersion);
        if (unit.isActive() != active) {
            unit.setActive(active);
            units.saveAndFlush(unit);
            audit.record(
                    AuditScope.unit(id), active ? "UNIT_ACTIVATED" : "UNIT_DEACTIVATED", UNIT, id, !active, active);
        }
        return unit.toSummary();
    }

    /**
     * Removes a unit created by mistake. A unit that anything refers to (users, assessments) is
     * never hard-deleted: the database's foreign keys refuse it and the caller is told to deactivate.
     */
    public void deleteUnit(long id) {
        Unit unit = load(id);
        UnitSummary before = unit.toSummary();
        try {
            // A unit created by mistake takes its head's term with it.
            heads.deleteByUnitIdIn(List.of(id));
            units.delete(unit);
            units.flush();
        } catch (DataIntegrityViolationException e) {
            throw new BusinessRuleException("unit.inUse");
        }
        audit.record(AuditScope.unit(id), "UNIT_DELETED", UNIT, id, before, null);
    }

    /**
     * Records that the unit's only head so far has been in office since an earlier date (a province
     * whose heads were entered on the portal's first day, though they led the units before): the
     * running term starts on {@code since}. Refused when the unit has an earlier term already, so
     * the history never overlaps; nothing changes when the term starts on or before {@code since}.
     */
    public void headInOfficeSince(long unitId, LocalDate since) {
        load(unitId);
        List<UnitHead> terms = heads.findByUnitIdOrderByTermFromDesc(unitId);
        if (terms.isEmpty()) {
            throw new BusinessRuleException("unit.head.none");
        }
        UnitHead running = terms.get(0);
        if (terms.size() > 1 || running.getTermTo() != null) {
            throw new BusinessRuleException("unit.head.history");
        }
        if (!running.getTermFrom().isAfter(since)) {
            return;
        }
        LocalDate before = running.getTermFrom();
        running.startOn(since);
        heads.save(running);
        audit.record(AuditScope.unit(unitId), "UNIT_HEAD_SINCE", UNIT, unitId, before, since);
    }

    /** The unit's head as entered starts (or continues) a term from today. */
    private void followHead(Unit unit, UnitDraft draft) {
        List<UnitHead> open = heads.findByUnitIdAndTermToIsNull(unit.getId());
        List<UnitHead> created = new ArrayList<>();
        HeadTerms.follow(
                unit.getId(),
                open.isEmpty() ? null : open.get(0),
                draft.headName(),
                draft.headTitleVi(),
                draft.headTitleEn(),
                false,
                LocalDate.now(clock),
                created);
        heads.saveAll(created);
    }

    private UnitDraft checked(UnitDraft draft) {
        requireText(draft.nameVi(), "unit.nameVi.required");
        requireText(draft.nameEn(), "unit.nameEn.required");
        requireText(draft.shortName(), "unit.shortName.required");
        if (draft.nameVi().trim().length() > TextLimits.NAME
                || draft.nameEn().trim().length() > TextLimits.NAME
                || draft.shortName().trim().length() > TextLimits.SHORT_NAME) {
            throw new BusinessRuleException("field.tooLong");
        }
        if (draft.blockId() == null) {
            throw new BusinessRuleException("unit.block.required");
        }
        return draft;
    }

    private Block block(Long blockId) {
        return blocks.findById(blockId).orElseThrow(() -> new BusinessRuleException("unit.block.required"));
    }

    private Unit load(long id) {
        return units.findById(id).orElseThrow(() -> new BusinessRuleException("unit.notFound"));
    }

    private static void checkCode(String code) {
        if (code == null || !CODE.matcher(code.trim()).matches()) {
            throw new BusinessRuleException("code.pattern");
        }
    }

    private static void requireText(String value, String key) {
        if (value == null || value.isBlank()) {
            throw new BusinessRuleException(key);
        }
    }
}
