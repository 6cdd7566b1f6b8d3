package vn.cascade.reporting;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.cascade.review.ReviewStep;

/** Reporting's reviews: the unit leader signs, Finance accepts, the provincial leader approves the consolidation. */
@Component
class ReportingReviews implements ReviewStep.Source {

  @Override
  public List<ReviewStep> reviewSteps() {
    return List.of(
        new ReviewStep(UnitReportProcess.Elements.SIGN, "UNIT_REPORT", UnitReportProcess.Vars.SIGN_DECISION,
            UnitReportProcess.APPROVE, UnitReportProcess.RETURN, UnitReportProcess.Vars.SIGN_COMMENT),
        new ReviewStep(UnitReportProcess.Elements.REVIEW, "UNIT_REPORT", UnitReportProcess.Vars.ACCEPT_DECISION,
            UnitReportProcess.ACCEPT, UnitReportProcess.RETURN, UnitReportProcess.Vars.ACCEPT_COMMENT),
        new ReviewStep(ReportRequestProcess.Elements.APPROVE, "REPORT", ReportRequestProcess.Vars.APPROVAL,
            ReportRequestProcess.APPROVE, ReportRequestProcess.RETURN, ReportRequestProcess.Vars.RETURN_REASON));
  }
}
