package vn.cascade.dispatch;

/**
 * The documents a dispatch carries out, as the dispatch's readers are shown them. The directive feature, which
 * registers incoming documents, implements it, so dispatch does not know how documents are registered.
 */
public interface SourceDocuments {

  /** The Markdown link(s) to the PDF of incoming document {@code incomingId}; empty when it has none. */
  String attachmentLinks(Long incomingId);
}
