package vn.cascade.reporting;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.cascade.organisation.UnitWorkMover;

/**
 * Reporting's part in a restructuring: a ceasing unit's open reports and its place in periodic regimes go to the
 * successor. Where the successor already reports on the same request, the old unit's report stays a separate row
 * (nothing merged, nothing lost) and its tasks still move to the successor with the process.
 */
@Component
class ReportingSuccession implements UnitWorkMover {

  private static final EnumSet<UnitReportStage> OPEN = EnumSet.of(UnitReportStage.NOT_STARTED,
      UnitReportStage.DRAFTING, UnitReportStage.SUBMITTED, UnitReportStage.RETURNED);

  private final UnitReportRepository reports;
  private final ReportRegimeRepository regimes;

  ReportingSuccession(UnitReportRepository reports, ReportRegimeRepository regimes) {
    this.reports = reports;
    this.regimes = regimes;
  }

  @Override
  public List<Moved> move(String from, String to, boolean apply) {
    List<Moved> moved = new ArrayList<>();
    for (UnitReport report : reports.findByUnitCodeAndStageIn(from, OPEN)) {
      boolean clash = reports.findByRequestIdAndUnitCode(report.getRequestId(), to).isPresent();
      moved.add(new Moved("UNIT_REPORT", String.valueOf(report.getId()), clash
          ? "Báo cáo của đơn vị cũ, do đơn vị kế thừa tiếp tục (đơn vị kế thừa đã có báo cáo riêng)"
          : "Báo cáo, hạn " + report.getDueDate()));
      if (apply && !clash) {
        report.transferTo(to);
      }
    }
    for (ReportRegime regime : regimes.findAll()) {
      if (regime.getUnitTargets().contains(from)) {
        moved.add(new Moved("REPORT_REGIME", String.valueOf(regime.getId()), regime.getName()));
        if (apply) {
          regime.replaceTarget(from, to);
        }
      }
    }
    return moved;
  }
}
