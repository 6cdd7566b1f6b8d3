package vn.cascade.deadline.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.cascade.deadline.ExtensionService;

/** Complete listener of "decide extension" ({@code ${extensionDecided}}). */
@Component("extensionDecided")
class ExtensionDecidedListener implements TaskListener {

  private final ExtensionService extensions;

  ExtensionDecidedListener(ExtensionService extensions) {
    this.extensions = extensions;
  }

  @Override
  public void notify(DelegateTask task) {
    extensions.decide(task);
  }
}
