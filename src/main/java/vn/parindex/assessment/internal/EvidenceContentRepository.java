package vn.parindex.assessment.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EvidenceContentRepository extends JpaRepository<EvidenceContent, String> {}
