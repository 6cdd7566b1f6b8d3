package vn.cascade.assignment;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.cascade.review.ReviewStep;

/** The assignment's reviews: the leader reviews the result, and signs a re-dispatch. */
@Component
class AssignmentReviews implements ReviewStep.Source {

  @Override
  public List<ReviewStep> reviewSteps() {
    return List.of(
        new ReviewStep(AssignmentProcess.Elements.REVIEW, "ASSIGNMENT", AssignmentProcess.Vars.REVIEW_DECISION,
            AssignmentProcess.APPROVE, AssignmentProcess.RETURN, AssignmentProcess.Vars.REVIEW_COMMENT),
        new ReviewStep(AssignmentProcess.Elements.SIGN_SUB_DISPATCH, "SUB_DISPATCH",
            AssignmentProcess.Vars.SIGN_SUB_DECISION, AssignmentProcess.APPROVE, AssignmentProcess.RETURN,
            AssignmentProcess.Vars.SIGN_SUB_COMMENT));
  }
}
