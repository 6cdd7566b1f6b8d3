package vn.cascade.deadline;

import static vn.cascade.assignment.AssignmentProcess.Vars.*;

import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cascade.assignment.Assignment;
import vn.cascade.assignment.AssignmentProcess;
import vn.cascade.assignment.AssignmentRepository;
import vn.cascade.assignment.AssignmentState;
import vn.cascade.calendar.HolidayTable;
import vn.cascade.calendar.WorkingDayCalendar;
import vn.cascade.common.Dates;
import vn.cascade.common.EngineAccess;
import vn.cascade.common.EngineClock;
import vn.cascade.common.FormValues;
import vn.cascade.common.InvalidInputException;
import vn.cascade.common.RecordNotFoundException;
import vn.cascade.common.Validation;
import vn.cascade.mail.MailKind;
import vn.cascade.mail.Notice;
import vn.cascade.mail.Outbox;
import vn.cascade.organisation.Groups;
import vn.cascade.organisation.OrganisationService;
import vn.cascade.security.CurrentUser;

/**
 * Extensions (xin gia hạn): a unit asks with a reason and a proposed date (or a number of working days); the
 * assigning level approves, possibly with another date, or refuses with a reason. An approval moves the due date
 * of the assignment and of its open tasks; the daily deadline check reads those, so reminders move with it.
 */
@Service
public class ExtensionService {

  private final ExtensionRequestRepository requests;
  private final AssignmentRepository assignments;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final WorkingDayCalendar calendar;
  private final OrganisationService organisation;
  private final Groups groups;
  private final Outbox outbox;
  private final CurrentUser currentUser;
  private final EngineAccess engine;
  private final EngineClock clock;
  private final NoticeDocuments documents;
  private final TimedTasks timedTasks;

  ExtensionService(ExtensionRequestRepository requests, AssignmentRepository assignments,
      RuntimeService runtimeService, TaskService taskService, WorkingDayCalendar calendar,
      OrganisationService organisation, Groups groups, Outbox outbox, CurrentUser currentUser, EngineAccess engine,
      EngineClock clock, NoticeDocuments documents, TimedTasks timedTasks) {
    this.requests = requests;
    this.assignments = assignments;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.calendar = calendar;
    this.organisation = organisation;
    this.groups = groups;
    this.outbox = outbox;
    this.currentUser = currentUser;
    this.engine = engine;
    this.clock = clock;
    this.documents = documents;
    this.timedTasks = timedTasks;
  }

  /** A unit's user asks for an extension of its assignment. */
  @Transactional
  public ExtensionRequest request(Long assignmentId, String reason, String proposedDate, Integer workingDays) {
    Assignment assignment = assignments.findById(assignmentId)
        .orElseThrow(() -> new RecordNotFoundException("assignmentId", "Không tìm thấy nhiệm vụ."));
    String user = currentUser.idOr(null);
    if (user == null || !currentUser.unitCode().filter(assignment.getUnitCode()::equals).isPresent()) {
      throw new org.camunda.bpm.engine.AuthorizationException(
          "Chỉ đơn vị được giao nhiệm vụ mới được xin gia hạn.");
    }
    LocalDate proposed = null;
    Validation v = new Validation();
    v.requireText(reason, "reason", "Cần nêu lý do xin gia hạn.");
    v.require(reason == null || reason.length() <= 4000, "reason", "Lý do xin gia hạn dài quá 4000 ký tự.");
    v.require(workingDays == null || workingDays > 0, "workingDays",
        "Số ngày làm việc xin gia hạn phải từ 1 trở lên.");
    v.require(proposedDate != null || workingDays != null, "proposedDate",
        "Cần nêu thời hạn đề nghị (ngày, hoặc số ngày làm việc).");
    try {
      // the calendar counts day by day and stops at the first year it does not know (at most a few years)
      proposed = workingDays != null ? (workingDays > 0
              ? calendar.addWorkingDays(assignment.getDueDate(), workingDays) : null)
          : calendar.deadline(v, proposedDate, "proposedDate", "Thời hạn đề nghị");
    } catch (InvalidInputException e) {
      v.addAll(e, "");
    } catch (HolidayTable.YearNotCovered e) {
      v.require(false, "workingDays", "Thêm " + workingDays + " ngày làm việc từ hạn hiện tại "
          + Dates.vn(assignment.getDueDate()) + " vượt ra ngoài lịch ngày làm việc: lịch ngày nghỉ lễ, Tết hiện chỉ có "
          + "các năm " + e.knownYears() + ".");
    }
    v.require(proposed == null || proposed.isAfter(assignment.getDueDate()), "proposedDate",
        "Thời hạn đề nghị " + Dates.vn(proposed) + " phải sau hạn hiện tại " + Dates.vn(assignment.getDueDate()) + ".");
    v.require(assignment.getState() != AssignmentState.COMPLETED, "assignmentId", "Nhiệm vụ đã hoàn thành.");
    v.require(requests.findByAssignmentIdOrderById(assignmentId).stream().noneMatch(ExtensionRequest::isPending),
        "assignmentId", "Đã có một đề nghị gia hạn đang chờ trả lời.");
    v.throwIfInvalid();
    ExtensionRequest request = requests.save(new ExtensionRequest(assignmentId, user, reason.trim(), proposed,
        assignment.getDueDate(), clock.now()));
    LocalDate granted = proposed;
    engine.asSystem(() -> runtimeService.createMessageCorrelation(AssignmentProcess.Elements.EXTENSION_MESSAGE)
        .processInstanceId(assignment.getProcessInstanceId())
        .setVariable(EXTENSION_REQUEST_ID, request.getId())
        .setVariable(EXTENSION_REASON, request.getReason())
        .setVariable(EXTENSION_REQUESTED_BY, organisation.fullName(user))
        .setVariable(PROPOSED_DATE, granted.toString())
        .setVariable(CURRENT_DUE_DATE, assignment.getDueDate().toString())
        .setVariable(EXTENSION_DECISION, null)
        .setVariable(GRANTED_DATE, granted.toString())
        .setVariable(EXTENSION_COMMENT, null)
        .correlate());
    return request;
  }

  /** The assigning level's decision, from the "decide extension" task. */
  @Transactional
  public void decide(DelegateTask task) {
    ExtensionRequest request = requests.findById(FormValues.id(task.getVariable(EXTENSION_REQUEST_ID),
            EXTENSION_REQUEST_ID))
        .orElseThrow(() -> new InvalidInputException(EXTENSION_REQUEST_ID, "Không tìm thấy đề nghị gia hạn."));
    Assignment assignment = assignments.findById(request.getAssignmentId()).orElseThrow();
    Object decision = task.getVariable(EXTENSION_DECISION);
    Validation v = new Validation();
    String comment = v.text(task.getVariable(EXTENSION_COMMENT), EXTENSION_COMMENT, "Ý kiến");
    boolean approve = "approve".equals(decision);
    v.require("approve".equals(decision) || "refuse".equals(decision), EXTENSION_DECISION,
        "Chưa chọn đồng ý hay không đồng ý gia hạn.");
    v.require(approve || (comment != null && !comment.toString().isBlank()), EXTENSION_COMMENT,
        "Khi không đồng ý gia hạn cần nêu lý do.");
    LocalDate granted = null;
    if (approve) {
      try {
        granted = calendar.deadline(v, task.getVariable(GRANTED_DATE), GRANTED_DATE, "Thời hạn được gia hạn");
      } catch (InvalidInputException e) {
        v.addAll(e, "");
      }
      v.require(granted != null || v.hasErrors(), GRANTED_DATE, "Chưa nhập thời hạn được gia hạn.");
      v.require(granted == null || granted.isAfter(assignment.getDueDate()), GRANTED_DATE,
          "Thời hạn gia hạn " + Dates.vn(granted) + " phải sau hạn hiện tại " + Dates.vn(assignment.getDueDate()) + ".");
      v.require(granted == null || !granted.isBefore(clock.today()), GRANTED_DATE,
          "Thời hạn gia hạn " + Dates.vn(granted) + " đã qua.");
    }
    v.throwIfInvalid();
    String decidedBy = currentUser.idOr("system");
    request.decide(decision.toString(), granted, comment == null ? null : comment.trim(), decidedBy,
        clock.now());
    if (approve) {
      moveDueDate(assignment, granted, task);
    }
    notifyDecision(request, assignment, task, approve);
  }

  private void moveDueDate(Assignment assignment, LocalDate granted, DelegateTask decisionTask) {
    assignment.extendTo(granted);
    Date due = Date.from(calendar.endOfDay(granted).toInstant());
    decisionTask.getExecution().getProcessInstance().setVariable(DUE_DATE, due);
    AssignmentProcess.updateInfo(decisionTask.getExecution().getProcessInstance(), DUE_DATE_TEXT, Dates.vn(granted));
    engine.asSystem(() -> {
      for (Task open : taskService.createTaskQuery().processInstanceId(decisionTask.getProcessInstanceId()).list()) {
        if (!open.getId().equals(decisionTask.getId())) {
          taskService.setDueDate(open.getId(), due);
          timedTasks.moved(open.getId(), granted);
        }
      }
    });
  }

  private void notifyDecision(ExtensionRequest request, Assignment assignment, DelegateTask task, boolean approve) {
    Set<String> recipients = new LinkedHashSet<>();
    recipients.add(request.getRequestedBy());
    engine.asSystem(() -> organisation.memberIds(groups.leaders(assignment.getUnitCode())).forEach(recipients::add));
    String document = documents.of(task.getExecution());
    Object unitName = task.getVariable(UNIT_NAME);
    for (String user : recipients) {
      outbox.enqueue(new Notice(approve ? MailKind.EXTENSION_APPROVED : MailKind.EXTENSION_REFUSED, user,
          "extension-" + request.getId(), null, null, task.getProcessInstanceId(),
          document, "Đề nghị gia hạn: " + request.getReason(),
          unitName == null ? null : unitName.toString(), approve ? request.getGrantedDate() : assignment.getDueDate(),
          null, request.getDecisionComment()));
    }
  }
}
