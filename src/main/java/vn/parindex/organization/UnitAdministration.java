package vn.parindex.organization;

import jakarta.annotation.security.RolesAllowed;
import java.util.regex.Pattern;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.audit.AuditLog;
import vn.parindex.organization.internal.Block;
import vn.parindex.organization.internal.BlockRepository;
import vn.parindex.organization.internal.Province;
import vn.parindex.organization.internal.ProvinceRepository;
import vn.parindex.organization.internal.Unit;
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

    private final ProvinceRepository provinces;
    private final BlockRepository blocks;
    private final UnitRepository units;
    private final AuditLog audit;

    UnitAdministration(ProvinceRepository provinces, BlockRepository blocks, UnitRepository units, AuditLog audit) {
        this.provinces = provinces;
        this.blocks = blocks;
        this.units = units;
        this.audit = audit;
    }

    @RolesAllowed(Role.Names.ADMIN)
    public void defineProvince(String code, String nameVi, String nameEn) {
        if (provinces.findFirstByOrderByIdAsc().isPresent()) {
            throw new BusinessRuleException("province.alreadyDefined");
        }
        Province province = provinces.save(new Province(code, nameVi, nameEn));
        audit.record("PROVINCE_DEFINED", "PROVINCE", code, null, province.toSummary());
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
        audit.record("UNIT_CREATED", UNIT, unit.getId(), null, unit.toSummary());
        return unit.getId();
    }

    /** Saves the edited unit; refused when someone else saved it since it was opened. */
    public UnitSummary updateUnit(long id, long expectedVersion, UnitDraft draft) {
        Unit unit = load(id);
        ConcurrentEditException.check(unit.getVersion(), expectedVersion);
        UnitSummary before = unit.toSummary();
        unit.apply(checked(draft), block(draft.blockId()));
        units.saveAndFlush(unit);
        UnitSummary after = unit.toSummary();
        audit.record("UNIT_UPDATED", UNIT, id, before, after);
        return after;
    }

    /** Deactivated units stay with their history but leave new periods and lists of choices. */
    public UnitSummary setActive(long id, long expectedVersion, boolean active) {
        Unit unit = load(id);
        ConcurrentEditException.check(unit.getVersion(), expectedVersion);
        if (unit.isActive() != active) {
            unit.setActive(active);
            units.saveAndFlush(unit);
            audit.record(active ? "UNIT_ACTIVATED" : "UNIT_DEACTIVATED", UNIT, id, !active, active);
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
            units.delete(unit);
            units.flush();
        } catch (DataIntegrityViolationException e) {
            throw new BusinessRuleException("unit.inUse");
        }
        audit.record("UNIT_DELETED", UNIT, id, before, null);
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
