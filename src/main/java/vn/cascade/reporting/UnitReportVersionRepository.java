package vn.cascade.reporting;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UnitReportVersionRepository extends JpaRepository<UnitReportVersion, Long> {

  List<UnitReportVersion> findByUnitReportIdOrderByVersionNo(Long unitReportId);

  Optional<UnitReportVersion> findByUnitReportIdAndVersionNo(Long unitReportId, int versionNo);

  /** The newest version the unit leader signed and sent to Finance. */
  Optional<UnitReportVersion> findFirstByUnitReportIdAndSignedAtIsNotNullOrderByVersionNoDesc(Long unitReportId);
}
