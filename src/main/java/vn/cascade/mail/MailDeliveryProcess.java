package vn.cascade.mail;

import vn.cascade.common.ProcessVariable;

/** Process API of {@code bpmn/mail-delivery.bpmn}: one instance sends the mails of one delivery batch. */
public final class MailDeliveryProcess {

  public static final String KEY = "mail-delivery";

  /** Element ids. */
  public static final class Elements {
    public static final String QUEUED = "MailQueued";
    public static final String SEND = "SendMail";
    public static final String SENT = "MailSent";

    private Elements() {}
  }

  /** The batch whose mails the instance sends. */
  public static final ProcessVariable<String> BATCH = ProcessVariable.string("deliveryBatch");
  /** The one mail of an instance started before batches existed; still sent as it is. */
  public static final ProcessVariable<Long> OUTBOX_ID = ProcessVariable.id("outboxId");

  private MailDeliveryProcess() {}
}
