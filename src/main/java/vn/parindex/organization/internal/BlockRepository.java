package vn.parindex.organization.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BlockRepository extends JpaRepository<Block, Long> {

    List<Block> findAllByOrderBySortOrderAscCodeAsc();

    Optional<Block> findByCode(String code);
}
