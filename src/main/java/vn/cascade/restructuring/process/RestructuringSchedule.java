package vn.cascade.restructuring.process;

import java.util.Date;
import org.springframework.stereotype.Component;
import vn.cascade.restructuring.RestructuringService;

/** For BPMN: {@code ${restructuringSchedule.effectiveAt(restructuringId)}}, 00:00 of the effective date. */
@Component("restructuringSchedule")
public class RestructuringSchedule {

  private final RestructuringService service;

  RestructuringSchedule(RestructuringService service) {
    this.service = service;
  }

  public Date effectiveAt(Long id) {
    return service.effectiveAt(id);
  }
}
