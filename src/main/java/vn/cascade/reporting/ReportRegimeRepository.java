package vn.cascade.reporting;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportRegimeRepository extends JpaRepository<ReportRegime, Long> {

  List<ReportRegime> findByActiveTrueOrderById();
}
