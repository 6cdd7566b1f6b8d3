package vn.cascade.mail;

import vn.cascade.common.ProcessVariable;

/** Process API of {@code bpmn/mail-digest.bpmn}: every morning, one mail per person with the day's reminders. */
public final class MailDigestProcess {

  public static final String KEY = "mail-digest";

  /** Element ids. */
  public static final class Elements {
    public static final String DIGEST_TIME = "DigestTime";
    public static final String SEND = "SendDigests";
    public static final String SENT = "DigestsSent";

    private Elements() {}
  }

  /** How many digests the morning's run queued (shown in Cockpit's history). */
  public static final ProcessVariable<Integer> MAILS_QUEUED = ProcessVariable.integer("mailsQueued");

  private MailDigestProcess() {}
}
