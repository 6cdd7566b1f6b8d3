package vn.cascade.mail.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.cascade.common.EngineClock;
import vn.cascade.mail.MailDigestProcess;
import vn.cascade.mail.Outbox;

/** Service task of {@code mail-digest} ({@code ${sendDigests}}): one mail per person for the day's reminders. */
@Component("sendDigests")
class SendDigestsDelegate implements JavaDelegate {

  private final Outbox outbox;
  private final EngineClock clock;

  SendDigestsDelegate(Outbox outbox, EngineClock clock) {
    this.outbox = outbox;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MailDigestProcess.MAILS_QUEUED.set(execution, outbox.sendDigests(clock.today()));
  }
}
