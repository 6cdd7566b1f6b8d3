package vn.cascade.directive;

import org.springframework.stereotype.Component;
import vn.cascade.attachment.AttachmentService;
import vn.cascade.dispatch.SourceDocuments;

/** The PDF of a registered incoming document, for the dispatches that carry it out. */
@Component
class IncomingDocumentLinks implements SourceDocuments {

  private final IncomingDocumentRepository documents;
  private final AttachmentService attachments;

  IncomingDocumentLinks(IncomingDocumentRepository documents, AttachmentService attachments) {
    this.documents = documents;
    this.attachments = attachments;
  }

  @Override
  public String attachmentLinks(Long incomingId) {
    return documents.findById(incomingId).map(doc -> attachments.linkOf(doc.getAttachmentId())).orElse("");
  }
}
