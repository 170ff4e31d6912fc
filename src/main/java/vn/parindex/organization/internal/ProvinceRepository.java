package vn.parindex.organization.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProvinceRepository extends JpaRepository<Province, Long> {

    Optional<Province> findFirstByOrderByIdAsc();
}
