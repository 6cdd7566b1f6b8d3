package vn.cascade.mail;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.cascade.common.EngineClock;

/** Records delivery outcomes in transactions of their own, independent of the send job's transaction. */
@Component
class OutboxRecorder {

  private final OutboxRepository mails;
  private final EngineClock clock;

  OutboxRecorder(OutboxRepository mails, EngineClock clock) {
    this.mails = mails;
    this.clock = clock;
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void sent(Long id, String renderedBody) {
    mails.findById(id).ifPresent(m -> m.sent(clock.now(), renderedBody));
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void failed(Long id, String error) {
    mails.findById(id).ifPresent(m -> m.failed(error));
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void notSent(Long id, String reason) {
    mails.findById(id).ifPresent(m -> m.notSent(reason));
  }
}
