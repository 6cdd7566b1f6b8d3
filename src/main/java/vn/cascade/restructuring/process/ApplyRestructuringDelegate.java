package vn.cascade.restructuring.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.cascade.restructuring.RestructuringProcess;
import vn.cascade.restructuring.RestructuringService;

/** Async service task of {@code restructuring} ({@code ${applyRestructuring}}). */
@Component("applyRestructuring")
class ApplyRestructuringDelegate implements JavaDelegate {

  private final RestructuringService service;

  ApplyRestructuringDelegate(RestructuringService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.apply(RestructuringProcess.RESTRUCTURING.require(execution));
  }
}
