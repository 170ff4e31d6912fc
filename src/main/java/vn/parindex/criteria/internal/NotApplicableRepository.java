package vn.parindex.criteria.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NotApplicableRepository extends JpaRepository<NotApplicable, NotApplicable.Key> {

    List<NotApplicable> findBySetId(long setId);
}
