package vn.cascade.directive;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.cascade.review.ReviewStep;

/** The directive's reviews: the advisory unit's leader submits the draft, the provincial leader approves it. */
@Component
class DirectiveReviews implements ReviewStep.Source {

  @Override
  public List<ReviewStep> reviewSteps() {
    return List.of(
        new ReviewStep(DirectiveProcess.Elements.SUBMIT, "DISPATCH", DirectiveProcess.Vars.LEADER_DECISION,
            DirectiveProcess.SUBMIT, DirectiveProcess.REVISE, DirectiveProcess.Vars.LEADER_COMMENT),
        new ReviewStep(DirectiveProcess.Elements.APPROVE, "DISPATCH", DirectiveProcess.Vars.APPROVAL_DECISION,
            DirectiveProcess.APPROVE, DirectiveProcess.RETURN, DirectiveProcess.Vars.RETURN_REASON));
  }
}
