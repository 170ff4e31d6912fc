package vn.parindex.appraisal.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SurveyImportRepository extends JpaRepository<SurveyImport, Long> {

    List<SurveyImport> findByPeriodIdAndActiveTrue(long periodId);

    List<SurveyImport> findByPeriodIdOrderByImportedAtDescIdDesc(long periodId);
}
