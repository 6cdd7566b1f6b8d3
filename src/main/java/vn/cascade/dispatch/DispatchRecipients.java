package vn.cascade.dispatch;

import java.util.List;
import org.springframework.stereotype.Component;

/** The collection of the multi-instance "assign units" activity: {@code ${dispatchRecipients.of(dispatchId)}}. */
@Component("dispatchRecipients")
public class DispatchRecipients {

  private final DispatchService dispatches;

  DispatchRecipients(DispatchService dispatches) {
    this.dispatches = dispatches;
  }

  public List<String> of(Long dispatchId) {
    return dispatches.recipients(dispatchId);
  }
}
