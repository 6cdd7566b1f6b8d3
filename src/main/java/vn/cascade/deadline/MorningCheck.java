package vn.cascade.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import vn.cascade.calendar.WorkingDayCalendar;
import vn.cascade.common.EngineAccess;
import vn.cascade.mail.MailKind;
import vn.cascade.mail.Notice;
import vn.cascade.mail.Outbox;

/**
 * The morning deadline check ({@code bpmn/deadline-check.bpmn}), set-based: the plan cuts Cascade's register of open
 * timed tasks into chunks; a chunk reads its registered due dates, asks which of its tasks are still open (one task
 * query), evaluates the decision {@code reminder-policy} once per distinct number of working days left, loads the
 * facts of the instances it notifies (one variable query) and queues all its notices with one
 * {@link Outbox#enqueueAll}: a rerun of a chunk on the same morning queues nothing twice.
 */
@Service
public class MorningCheck {

  /** What a chunk did. */
  public record Result(int checked, int queued) {}

  /** A task the policy has notices for this morning: its working days left and the policy's rules for them. */
  private record Due(int daysLeft, List<ReminderPolicy.Rule> rules) {}

  private final TimedTasks register;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final DecisionService decisionService;
  private final WorkingDayCalendar calendar;
  private final Recipients recipients;
  private final NoticeDocuments documents;
  private final Outbox outbox;
  private final EngineAccess engine;
  private final int chunkSize;

  MorningCheck(TimedTasks register, TaskService taskService, RuntimeService runtimeService,
      DecisionService decisionService, WorkingDayCalendar calendar, Recipients recipients, NoticeDocuments documents,
      Outbox outbox, EngineAccess engine,
      @org.springframework.beans.factory.annotation.Value("${cascade.deadline-check.chunk-size:"
          + DeadlineCheckProcess.CHUNK_SIZE + "}") int chunkSize) {
    this.chunkSize = chunkSize;
    this.register = register;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.decisionService = decisionService;
    this.calendar = calendar;
    this.recipients = recipients;
    this.documents = documents;
    this.outbox = outbox;
    this.engine = engine;
  }

  /** The chunks to check on {@code morning}: none on a day off. */
  public List<String> plan(LocalDate morning) {
    return calendar.isWorkingDay(morning) ? register.chunks(chunkSize) : List.of();
  }

  /** Checks one chunk of the register on {@code morning}; runs in the chunk job's transaction. */
  public Result check(String chunk, LocalDate morning) {
    List<TimedTasks.Row> rows = register.chunk(chunk);
    if (rows.isEmpty()) {
      return new Result(0, 0);
    }
    Map<String, Task> open = new HashMap<>();
    engine.asSystem(() -> taskService.createTaskQuery()
        .taskIdIn(rows.stream().map(TimedTasks.Row::taskId).toArray(String[]::new)).list())
        .forEach(t -> open.put(t.getId(), t));
    List<Long> gone = new ArrayList<>();
    Map<Integer, List<ReminderPolicy.Rule>> policy = new HashMap<>();
    Map<TimedTasks.Row, Due> due = new LinkedHashMap<>();
    for (TimedTasks.Row row : rows) {
      if (!open.containsKey(row.taskId())) {
        gone.add(row.id());
        continue;
      }
      int daysLeft = calendar.workingDaysBetween(morning, row.dueDate());
      List<ReminderPolicy.Rule> rules = policy.computeIfAbsent(daysLeft,
          d -> ReminderPolicy.evaluate(decisionService, d));
      if (!rules.isEmpty()) {
        due.put(row, new Due(daysLeft, rules));
      }
    }
    register.forget(gone);
    if (due.isEmpty()) {
      return new Result(open.size(), 0);
    }
    Map<String, ProcessFacts> facts = facts(due.keySet().stream().map(TimedTasks.Row::processInstanceId).toList());
    Map<String, String> documentByInstance = new HashMap<>();
    Map<List<Object>, String> documentByFacts = new HashMap<>();
    List<Notice> notices = new ArrayList<>();
    for (var entry : due.entrySet()) {
      TimedTasks.Row row = entry.getKey();
      Task task = open.get(row.taskId());
      ProcessFacts process = facts.getOrDefault(row.processInstanceId(), name -> null);
      String document = documentByInstance.computeIfAbsent(row.processInstanceId(), pid ->
          documentByFacts.computeIfAbsent(Stream.of(NoticeDocuments.VARIABLES).map(process::get).toList(),
              k -> documents.of(process)));
      int daysLeft = entry.getValue().daysLeft();
      for (ReminderPolicy.Rule rule : entry.getValue().rules()) {
        MailKind kind = MailKind.valueOf(rule.notice());
        Set<String> users = new LinkedHashSet<>();
        for (String role : rule.recipients().split(",")) {
          users.addAll(recipients.resolve(role, task, process));
        }
        for (String user : users) {
          notices.add(NoticeFacts.of(kind, user, task, process, document, morning, row.dueDate(), daysLeft, null));
        }
      }
    }
    return new Result(open.size(), outbox.enqueueAll(notices));
  }

  /** The variables the notices of these instances show or route by, in one query (process-instance scope first). */
  private Map<String, ProcessFacts> facts(List<String> processInstanceIds) {
    Set<String> names = new LinkedHashSet<>(List.of(NoticeDocuments.VARIABLES));
    names.addAll(List.of(NoticeFacts.UNIT_NAME));
    names.addAll(List.of(Recipients.UNIT));
    Map<String, Map<String, Object>> values = new HashMap<>();
    List<String> ids = List.copyOf(new LinkedHashSet<>(processInstanceIds));
    for (int from = 0; from < ids.size(); from += 500) {
      List<String> part = ids.subList(from, Math.min(from + 500, ids.size()));
      List<VariableInstance> variables = engine.asSystem(() -> runtimeService.createVariableInstanceQuery()
          .processInstanceIdIn(part.toArray(String[]::new)).variableNameIn(names.toArray(String[]::new))
          .disableBinaryFetching().disableCustomObjectDeserialization().list());
      for (VariableInstance variable : variables) {
        Map<String, Object> instance = values.computeIfAbsent(variable.getProcessInstanceId(), k -> new HashMap<>());
        boolean processScope = variable.getProcessInstanceId().equals(variable.getExecutionId());
        if (processScope || !instance.containsKey(variable.getName())) {
          instance.put(variable.getName(), variable.getValue());
        }
      }
    }
    Map<String, ProcessFacts> facts = new HashMap<>();
    values.forEach((pid, map) -> facts.put(pid, ProcessFacts.of(map)));
    return facts;
  }
}
