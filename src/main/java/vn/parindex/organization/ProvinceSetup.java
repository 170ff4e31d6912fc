package vn.parindex.organization;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.audit.AuditLog;
import vn.parindex.organization.internal.Block;
import vn.parindex.organization.internal.BlockRepository;
import vn.parindex.organization.internal.Province;
import vn.parindex.organization.internal.ProvinceRepository;
import vn.parindex.organization.internal.UnitRepository;
import vn.parindex.security.Role;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.ConcurrentEditException;
import vn.parindex.shared.TextLimits;

/**
 * The administrator's first-run setup: the province, the agency running its index, and the blocks
 * (created, renamed, ordered, deleted while empty). Units and users come after, by import.
 */
@Service
@Transactional
@RolesAllowed(Role.Names.ADMIN)
public class ProvinceSetup {

    /** The setup page; the shell sends an administrator there while no province exists. */
    public static final String ROUTE = "admin/setup";

    private static final Pattern PROVINCE_CODE = Pattern.compile("[A-Z0-9_]{2,20}");
    private static final Pattern BLOCK_CODE = Pattern.compile("[A-Z0-9_]{2,30}");
    private static final String BLOCK = "BLOCK";

    private final ProvinceRepository provinces;
    private final BlockRepository blocks;
    private final UnitRepository units;
    private final AuditLog audit;

    ProvinceSetup(ProvinceRepository provinces, BlockRepository blocks, UnitRepository units, AuditLog audit) {
        this.provinces = provinces;
        this.blocks = blocks;
        this.units = units;
        this.audit = audit;
    }

    /**
     * Defines the province (expectedVersion null) or changes it; refused when someone else saved it
     * since it was opened, or when a province is defined twice.
     */
    public ProvinceSummary saveProvince(ProvinceDraft draft, Long expectedVersion) {
        String code = draft.code() == null ? "" : draft.code().trim();
        if (!PROVINCE_CODE.matcher(code).matches()) {
            throw new BusinessRuleException("province.code.pattern");
        }
        String nameVi = required(draft.nameVi(), "province.nameVi.required");
        String nameEn = required(draft.nameEn(), "province.nameEn.required");
        String agencyVi = required(draft.agencyVi(), "province.agencyVi.required");
        String agencyEn = required(draft.agencyEn(), "province.agencyEn.required");
        Province province = provinces.findFirstByOrderByIdAsc().orElse(null);
        if (province == null) {
            if (expectedVersion != null) {
                throw new ConcurrentEditException();
            }
            province = new Province(code, nameVi, nameEn);
            province.setAgency(agencyVi, agencyEn);
            provinces.saveAndFlush(province);
            audit.record("PROVINCE_DEFINED", "PROVINCE", code, null, province.toSummary());
            return province.toSummary();
        }
        if (expectedVersion == null) {
            throw new BusinessRuleException("province.alreadyDefined");
        }
        ConcurrentEditException.check(province.getVersion(), expectedVersion);
        ProvinceSummary before = province.toSummary();
        province.rename(code, nameVi, nameEn);
        province.setAgency(agencyVi, agencyEn);
        provinces.saveAndFlush(province);
        audit.record("PROVINCE_UPDATED", "PROVINCE", code, before, province.toSummary());
        return province.toSummary();
    }

    /** The blocks in their order, each with its number of units. */
    @Transactional(readOnly = true)
    public List<SetupBlock> blocks() {
        Map<Long, Long> counts = units.countByBlock().stream()
                .collect(Collectors.toMap(
                        UnitRepository.BlockUnitCount::getBlockId, UnitRepository.BlockUnitCount::getUnits));
        return blocks.findAllByOrderBySortOrderAscCodeAsc().stream()
                .map(block -> {
                    BlockSummary summary = block.toSummary();
                    return new SetupBlock(
                            summary.id(),
                            summary.code(),
                            summary.nameVi(),
                            summary.nameEn(),
                            summary.sortOrder(),
                            counts.getOrDefault(summary.id(), 0L),
                            block.getVersion());
                })
                .toList();
    }

    /** Adds a block after the last one. */
    public long addBlock(String code, String nameVi, String nameEn) {
        String trimmed = code == null ? "" : code.trim();
        if (!BLOCK_CODE.matcher(trimmed).matches()) {
            throw new BusinessRuleException("code.pattern");
        }
        if (blocks.findByCode(trimmed).isPresent()) {
            throw new BusinessRuleException("block.code.taken", trimmed);
        }
        int last = blocks.findAllByOrderBySortOrderAscCodeAsc().stream()
                .mapToInt(Block::getSortOrder)
                .max()
                .orElse(0);
        Block block = blocks.saveAndFlush(new Block(
                trimmed,
                required(nameVi, "block.nameVi.required"),
                required(nameEn, "block.nameEn.required"),
                last + 1));
        audit.record("BLOCK_CREATED", BLOCK, block.getId(), null, block.toSummary());
        return block.getId();
    }

    public void renameBlock(long id, long expectedVersion, String nameVi, String nameEn) {
        Block block = load(id);
        ConcurrentEditException.check(block.getVersion(), expectedVersion);
        BlockSummary before = block.toSummary();
        block.rename(required(nameVi, "block.nameVi.required"), required(nameEn, "block.nameEn.required"));
        blocks.saveAndFlush(block);
        audit.record("BLOCK_RENAMED", BLOCK, id, before, block.toSummary());
    }

    /** Moves a block one place up (-1) or down (+1); the order is renumbered 1..n. */
    public void moveBlock(long id, int direction) {
        List<Block> ordered = new ArrayList<>(blocks.findAllByOrderBySortOrderAscCodeAsc());
        int from = indexOf(ordered, id);
        int to = from + Integer.signum(direction);
        if (to < 0 || to >= ordered.size() || to == from) {
            return;
        }
        ordered.add(to, ordered.remove(from));
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).setSortOrder(i + 1);
        }
        blocks.flush();
        audit.record("BLOCK_MOVED", BLOCK, id, from + 1, to + 1);
    }

    /** Deletes an empty block; one with units (or periods' sets and bands) is refused. */
    public void deleteBlock(long id) {
        Block block = load(id);
        long count = units.countByBlock().stream()
                .filter(row -> row.getBlockId() == id)
                .mapToLong(UnitRepository.BlockUnitCount::getUnits)
                .sum();
        if (count > 0) {
            throw new BusinessRuleException("block.hasUnits", count);
        }
        BlockSummary before = block.toSummary();
        try {
            blocks.delete(block);
            blocks.flush();
        } catch (DataIntegrityViolationException e) {
            throw new BusinessRuleException("block.inUse");
        }
        audit.record("BLOCK_DELETED", BLOCK, id, before, null);
    }

    private Block load(long id) {
        return blocks.findById(id).orElseThrow(() -> new BusinessRuleException("block.notFound"));
    }

    private static int indexOf(List<Block> ordered, long id) {
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).getId() == id) {
                return i;
            }
        }
        throw new BusinessRuleException("block.notFound");
    }

    private static String required(String value, String key) {
        if (value == null || value.isBlank()) {
            throw new BusinessRuleException(key);
        }
        if (value.trim().length() > TextLimits.ORGANIZATION_NAME) {
            throw new BusinessRuleException("field.tooLong");
        }
        return value.trim();
    }
}
