package vn.parindex.organization.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UnitHeadRepository extends JpaRepository<UnitHead, Long> {

    List<UnitHead> findByUnitIdOrderByTermFromDesc(long unitId);

    /** Terms still running (no end), of every unit: an import compares the file with them. */
    List<UnitHead> findByTermToIsNull();

    List<UnitHead> findByUnitIdAndTermToIsNull(long unitId);

    /** Terms overlapping the period [from, to], latest start first per unit. */
    @Query("select h from UnitHead h where h.termFrom <= :to and (h.termTo is null or h.termTo >= :from)"
            + " and (:unitId is null or h.unitId = :unitId) order by h.unitId, h.termFrom desc, h.id desc")
    List<UnitHead> findOverlapping(LocalDate from, LocalDate to, Long unitId);

    void deleteByUnitIdIn(Collection<Long> unitIds);
}
