package vn.cascade.reporting;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UnitReportRepository extends JpaRepository<UnitReport, Long> {

  java.util.List<UnitReport> findByUnitCodeAndStageIn(String unitCode, java.util.Collection<UnitReportStage> stages);

  List<UnitReport> findByRequestIdOrderById(Long requestId);

  Optional<UnitReport> findByRequestIdAndUnitCode(Long requestId, String unitCode);

  Optional<UnitReport> findByProcessInstanceId(String processInstanceId);
}
