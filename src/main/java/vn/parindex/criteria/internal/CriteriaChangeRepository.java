package vn.parindex.criteria.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CriteriaChangeRepository extends JpaRepository<CriteriaChange, Long> {}
