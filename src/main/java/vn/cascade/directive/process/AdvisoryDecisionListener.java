package vn.cascade.directive.process;

import static vn.cascade.directive.DirectiveProcess.Vars.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.cascade.calendar.WorkingDayCalendar;
import vn.cascade.common.CascadeProperties;
import vn.cascade.common.Dates;
import vn.cascade.common.EngineClock;
import vn.cascade.common.FormValues;
import vn.cascade.common.InvalidInputException;
import vn.cascade.common.JsonVariables;
import vn.cascade.common.Validation;
import vn.cascade.organisation.OrganisationService;
import vn.cascade.organisation.Unit;
import vn.cascade.organisation.UnitKind;

/**
 * Complete listener of "decide advisory unit" ({@code ${advisoryDecision}}): the provincial leader names an active
 * department (or the office) and a draft deadline that is not past and not after the centre's deadline.
 */
@Component("advisoryDecision")
class AdvisoryDecisionListener implements TaskListener {

  private final OrganisationService organisation;
  private final CascadeProperties properties;
  private final EngineClock clock;
  private final WorkingDayCalendar calendar;

  AdvisoryDecisionListener(OrganisationService organisation, CascadeProperties properties, EngineClock clock,
      WorkingDayCalendar calendar) {
    this.organisation = organisation;
    this.properties = properties;
    this.clock = clock;
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateTask task) {
    Validation v = new Validation();
    Unit advisory = null;
    try {
      String code = FormValues.text(task.getVariable(ADVISORY_UNIT), ADVISORY_UNIT, "Cơ quan tham mưu");
      advisory = organisation.requireActive(code, ADVISORY_UNIT);
      v.require(advisory.getKind() == UnitKind.DEPARTMENT || advisory.getKind() == UnitKind.PROVINCIAL_OFFICE,
          ADVISORY_UNIT, "Cơ quan tham mưu phải là một sở, ngành hoặc Văn phòng UBND tỉnh.");
    } catch (InvalidInputException e) {
      v.addAll(e, "");
    }
    LocalDate deadline = calendar.deadline(v, task.getVariable(DRAFT_DEADLINE), DRAFT_DEADLINE, "Hạn trình dự thảo");
    LocalDate central = Dates.parse(task.getVariable(CENTRAL_DEADLINE), CENTRAL_DEADLINE, "Thời hạn");
    v.require(task.getVariable(DRAFT_DEADLINE) != null, DRAFT_DEADLINE, "Chưa nhập hạn trình dự thảo.");
    v.require(deadline == null || !deadline.isBefore(clock.today()), DRAFT_DEADLINE,
        "Hạn trình dự thảo " + Dates.vn(deadline) + " đã qua.");
    v.require(deadline == null || central == null || !deadline.isAfter(central), DRAFT_DEADLINE,
        "Hạn trình dự thảo " + Dates.vn(deadline) + " muộn hơn thời hạn Trung ương yêu cầu " + Dates.vn(central) + ".");
    v.throwIfInvalid();
    task.setVariable(ADVISORY_UNIT_NAME, advisory.getName());
    String province = properties.provinceUnit();
    task.setVariable(RECIPIENT_OPTIONS, JsonVariables.json(organisation.recipientOptions(province, true)));
    task.setVariable(UNIT_OPTIONS, JsonVariables.json(organisation.recipientOptions(province, false)));
  }
}
