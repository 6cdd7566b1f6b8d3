package vn.cascade.attachment;

/** Decides whether the current user may read an attachment (implemented where documents are known). */
public interface AttachmentAccess {

  boolean maySee(Long attachmentId);
}
