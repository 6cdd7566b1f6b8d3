package vn.cascade.directive;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.cascade.assignment.AssignmentRepository;
import vn.cascade.attachment.AttachmentAccess;
import vn.cascade.dispatch.Dispatch;
import vn.cascade.dispatch.DispatchRepository;
import vn.cascade.security.CurrentUser;

/**
 * The attachment of an incoming document is seen by those who follow everything, by the advisory unit drafting
 * the dispatch, and by the units the dispatch went to.
 */
@Component
class DirectiveAttachmentAccess implements AttachmentAccess {

  private final IncomingDocumentRepository documents;
  private final DispatchRepository dispatches;
  private final AssignmentRepository assignments;
  private final CurrentUser currentUser;

  DirectiveAttachmentAccess(IncomingDocumentRepository documents, DispatchRepository dispatches,
      AssignmentRepository assignments, CurrentUser currentUser) {
    this.documents = documents;
    this.dispatches = dispatches;
    this.assignments = assignments;
    this.currentUser = currentUser;
  }

  @Override
  public boolean maySee(Long attachmentId) {
    if (currentUser.isOverseer()) {
      return true;
    }
    String unit = currentUser.unitCode().orElse(null);
    if (unit == null) {
      return false;
    }
    return documents.findByAttachmentId(attachmentId).stream().anyMatch(doc -> {
      List<Dispatch> sent = dispatches.findByIncomingId(doc.getId());
      return sent.stream().anyMatch(d -> unit.equals(d.getAdvisoryUnitCode()))
          || assignments.existsByDispatchIdInAndUnitCode(sent.stream().map(Dispatch::getId).toList(), unit);
    });
  }
}
