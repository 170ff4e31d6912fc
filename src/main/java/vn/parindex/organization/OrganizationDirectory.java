package vn.parindex.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.organization.internal.Block;
import vn.parindex.organization.internal.BlockRepository;
import vn.parindex.organization.internal.Province;
import vn.parindex.organization.internal.ProvinceRepository;
import vn.parindex.organization.internal.Unit;
import vn.parindex.organization.internal.UnitRepository;
import vn.parindex.security.CurrentUserService;
import vn.parindex.security.Role;
import vn.parindex.shared.BusinessRuleException;

/**
 * Reads the province, its blocks and units. Province-wide roles see every unit; a focal point (who
 * holds none of them) sees only their own unit.
 */
@Service
@Transactional(readOnly = true)
public class OrganizationDirectory {

    /** Roles whose work spans the province and so read every unit's directory entry. */
    private static final Role[] READ_EVERY_UNIT = {Role.ADMIN, Role.SECRETARIAT, Role.COUNCIL_MEMBER, Role.LEADER};

    private final ProvinceRepository provinces;
    private final BlockRepository blocks;
    private final UnitRepository units;
    private final CurrentUserService currentUser;

    OrganizationDirectory(
            ProvinceRepository provinces,
            BlockRepository blocks,
            UnitRepository units,
            CurrentUserService currentUser) {
        this.provinces = provinces;
        this.blocks = blocks;
        this.units = units;
        this.currentUser = currentUser;
    }

    /** The province this portal serves; public, the login page shows it. */
    public Optional<ProvinceSummary> province() {
        return provinces.findFirstByOrderByIdAsc().map(Province::toSummary);
    }

    @PreAuthorize("isAuthenticated()")
    public List<BlockSummary> blocks() {
        return blocks.findAllByOrderBySortOrderAscCodeAsc().stream()
                .map(Block::toSummary)
                .toList();
    }

    /** Units in the caller's scope, ordered by block and position. */
    @PreAuthorize("isAuthenticated()")
    public List<UnitSummary> units() {
        Long scope = currentUser.unitScope(READ_EVERY_UNIT);
        return units.findAllWithBlock().stream()
                .filter(unit -> scope == null || scope.equals(unit.getId()))
                .map(Unit::toSummary)
                .toList();
    }

    /** One unit; a focal point asking for another unit is refused. */
    @PreAuthorize("isAuthenticated()")
    public UnitSummary unit(long id) {
        return units.findInScope(id, currentUser.unitScope(READ_EVERY_UNIT))
                .map(Unit::toSummary)
                .orElseThrow(() -> {
                    if (units.existsById(id)) {
                        return new AccessDeniedException("Unit " + id + " is outside the caller's scope");
                    }
                    return new BusinessRuleException("unit.notFound");
                });
    }
}
