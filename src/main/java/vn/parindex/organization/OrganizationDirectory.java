package vn.parindex.organization;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import vn.parindex.organization.internal.UnitHead;
import vn.parindex.organization.internal.UnitHeadRepository;
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
    private final UnitHeadRepository heads;

    OrganizationDirectory(
            ProvinceRepository provinces,
            BlockRepository blocks,
            UnitRepository units,
            CurrentUserService currentUser,
            UnitHeadRepository heads) {
        this.heads = heads;
        this.provinces = provinces;
        this.blocks = blocks;
        this.units = units;
        this.currentUser = currentUser;
    }

    /** The province this portal serves; public, the login page shows it. */
    public Optional<ProvinceSummary> province() {
        return provinces.findFirstByOrderByIdAsc().map(Province::toSummary);
    }

    /**
     * The agency running the index in the locale; public like the province (the login page names
     * it). Empty until the setup names it.
     */
    public Optional<String> agency(Locale locale) {
        return province().map(province -> province.agency(locale));
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

    /**
     * The head in office in a year for every unit in the caller's scope: of the terms overlapping the
     * year, the one that started last (so the head at the year's end, or the last one before a gap).
     * One statement, whatever the number of units.
     */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, HeadTerm> headsInOffice(int year) {
        Long scope = currentUser.unitScope(READ_EVERY_UNIT);
        Map<Long, HeadTerm> inOffice = new LinkedHashMap<>();
        for (UnitHead term : heads.findOverlapping(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), scope)) {
            inOffice.putIfAbsent(term.getUnitId(), term.toTerm());
        }
        return inOffice;
    }

    /** The head in office in that year (see {@link #headsInOffice}); a focal point only for their own unit. */
    @PreAuthorize("isAuthenticated()")
    public Optional<HeadTerm> headInOffice(long unitId, int year) {
        unit(unitId);
        List<UnitHead> terms = heads.findOverlapping(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), unitId);
        return terms.stream().findFirst().map(UnitHead::toTerm);
    }

    /** Every term of a unit's heads, latest first. */
    @PreAuthorize("isAuthenticated()")
    public List<HeadTerm> heads(long unitId) {
        unit(unitId);
        return heads.findByUnitIdOrderByTermFromDesc(unitId).stream()
                .map(UnitHead::toTerm)
                .toList();
    }

    /** The codes of the units a unit replaces (mergers), for the results' history. */
    @PreAuthorize("isAuthenticated()")
    public List<String> predecessors(long unitId) {
        unit(unitId);
        return units.findPredecessorCodes(unitId);
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
