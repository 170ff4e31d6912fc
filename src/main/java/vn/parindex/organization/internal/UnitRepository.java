package vn.parindex.organization.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UnitRepository extends JpaRepository<Unit, Long> {

    @Query("select u from Unit u join fetch u.block b order by b.sortOrder, u.sortOrder, u.nameVi")
    List<Unit> findAllWithBlock();

    @Query("select u from Unit u join fetch u.block b where b.id = :blockId order by u.sortOrder, u.nameVi")
    List<Unit> findByBlockWithBlock(long blockId);

    /** One unit, only when it lies inside the caller's scope (null scope: every unit). */
    @Query("select u from Unit u join fetch u.block where u.id = :id and (:scopeUnitId is null or u.id = :scopeUnitId)")
    Optional<Unit> findInScope(long id, Long scopeUnitId);

    boolean existsByCode(String code);

    @Query("select p.code from Unit u join u.predecessors p where u.id = :unitId order by p.code")
    List<String> findPredecessorCodes(long unitId);

    /** Every unit with its block and predecessors, in one statement: what an import compares. */
    @Query("select distinct u from Unit u join fetch u.block left join fetch u.predecessors")
    List<Unit> findAllForImport();

    @Query("select u.block.id as blockId, count(u) as units from Unit u group by u.block.id")
    List<BlockUnitCount> countByBlock();

    /** How many units a block holds (typed projection). */
    interface BlockUnitCount {
        Long getBlockId();

        Long getUnits();
    }

    Optional<Unit> findByCode(String code);
}
