package vn.cascade.mail;

import vn.cascade.common.ProcessVariable;

/**
 * Process API of {@code bpmn/mail-digest.bpmn}: one mail per person with the morning's reminders. It has no timer of
 * its own: the morning deadline check ({@code deadline-check}) calls it after its last chunk, not before the digest
 * time, so a digest never goes out before the morning's notices are queued.
 */
public final class MailDigestProcess {

  public static final String KEY = "mail-digest";

  /** Element ids. */
  public static final class Elements {
    public static final String START = "DigestRequested";
    public static final String SEND = "SendDigests";
    public static final String SENT = "DigestsSent";

    private Elements() {}
  }

  /** How many digests the morning's run queued (shown in Cockpit's history). */
  public static final ProcessVariable<Integer> MAILS_QUEUED = ProcessVariable.integer("mailsQueued");

  private MailDigestProcess() {}
}
