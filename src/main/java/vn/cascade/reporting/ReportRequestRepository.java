package vn.cascade.reporting;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportRequestRepository extends JpaRepository<ReportRequest, Long> {

  Optional<ReportRequest> findByProcessInstanceId(String processInstanceId);

  boolean existsByRequestYearAndRequestNumber(int requestYear, String requestNumber);

  boolean existsByRegimeIdAndPeriodCode(Long regimeId, String periodCode);
}
