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

    Optional<Unit> findByCode(String code);
}
