package vn.cascade.mail.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.cascade.mail.MailDelivery;
import vn.cascade.mail.MailDeliveryProcess;

/** Async service task of {@code mail-delivery} ({@code ${sendMail}}): sends the mails of one delivery batch. */
@Component("sendMail")
class SendMailDelegate implements JavaDelegate {

  private final MailDelivery delivery;

  SendMailDelegate(MailDelivery delivery) {
    this.delivery = delivery;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String batch = MailDeliveryProcess.BATCH.from(execution);
    if (batch != null) {
      delivery.sendBatch(batch);
    } else {
      delivery.send(MailDeliveryProcess.OUTBOX_ID.require(execution)); // queued before batches
    }
  }
}
