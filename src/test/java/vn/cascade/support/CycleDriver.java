package vn.cascade.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.cascade.assignment.AssignmentProcess;
import vn.cascade.common.JsonVariables;
import vn.cascade.directive.DirectiveProcess;

/**
 * Plays the cycle as the demo users would, through the engine's services with each user's authentication (so
 * authorization checks apply), and runs the jobs that the job executor would run.
 */
@Component
public class CycleDriver {

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ManagementService managementService;
  private final IdentityService identityService;

  CycleDriver(RuntimeService runtimeService, TaskService taskService, ManagementService managementService,
      IdentityService identityService) {
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.managementService = managementService;
    this.identityService = identityService;
  }

  private static final java.util.concurrent.atomic.AtomicInteger NUMBERS = new java.util.concurrent.atomic.AtomicInteger(1000);

  /** A number and symbol of an incoming document not used before in this test run. */
  public static String nextIncomingNumber() {
    return NUMBERS.incrementAndGet() + "/VPCP-KTTH";
  }

  /** Acts as {@code userId} with their groups until the next call. */
  public void as(String userId) {
    identityService.clearAuthentication();
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).toList();
    identityService.setAuthentication(userId, groups);
  }

  public void asSystem() {
    identityService.clearAuthentication();
  }

  public Map<String, Object> registration(String number, LocalDate issued, LocalDate centralDeadline) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("incomingNumber", number);
    vars.put("incomingDate", issued.toString());
    vars.put("incomingIssuer", "VPCP");
    vars.put("incomingType", "CONG_VAN");
    vars.put("incomingSummary", "V/v tình hình thực hiện Đề án phát triển kinh tế tuần hoàn tại Việt Nam");
    vars.put("centralDeadline", centralDeadline == null ? null : centralDeadline.toString());
    return vars;
  }

  /** The clerk registers an incoming document; returns the directive's process instance id. */
  public String register(Map<String, Object> registration) {
    as("vanthu");
    try {
      return runtimeService.startProcessInstanceByKey(DirectiveProcess.KEY, registration).getId();
    } finally {
      asSystem();
    }
  }

  public String register(String number, LocalDate issued, LocalDate centralDeadline) {
    return register(registration(number, issued, centralDeadline));
  }

  /** The single open task of a process instance at {@code taskKey}. */
  public Task task(String processInstanceId, String taskKey) {
    return taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey)
        .singleResult();
  }

  /** {@code userId} completes the task at {@code taskKey} with the form's values. */
  public void complete(String processInstanceId, String taskKey, String userId, Map<String, Object> values) {
    Task task = task(processInstanceId, taskKey);
    if (task == null) {
      throw new AssertionError("No open task " + taskKey + " in " + processInstanceId);
    }
    as(userId);
    try {
      taskService.complete(task.getId(), values);
    } finally {
      asSystem();
    }
  }

  public void decide(String pid, String advisoryUnit, LocalDate draftDeadline) {
    complete(pid, DirectiveProcess.Elements.DECIDE, "chutich", Map.of(
        "advisoryUnit", advisoryUnit, "draftDeadline", draftDeadline.toString(),
        "leaderInstruction", "Giao Sở tham mưu văn bản triển khai."));
  }

  public void draft(String pid, String specialist, List<Map<String, Object>> items) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("dispatchSummary", "V/v triển khai Công văn số 646/VPCP-KTTH ngày 24 tháng 01 năm 2025 của Văn phòng Chính phủ");
    vars.put("dispatchSymbol", "KTTH");
    vars.put("items", JsonVariables.json(items));
    complete(pid, DirectiveProcess.Elements.DRAFT, specialist, vars);
  }

  public void submit(String pid, String advisoryLeader) {
    complete(pid, DirectiveProcess.Elements.SUBMIT, advisoryLeader, Map.of("leaderDecision", "submit"));
  }

  public void approve(String pid) {
    complete(pid, DirectiveProcess.Elements.APPROVE, "chutich", Map.of("approvalDecision", "approve"));
  }

  /** Everything from registration to the approved dispatch, with Sở KH&ĐT as advisory unit. */
  public String approvedDispatch(String number, LocalDate issued, List<Map<String, Object>> items) {
    return approvedDispatch(number, issued, items, "skhdt");
  }

  /** The same, with another advisory unit. */
  public String approvedDispatch(String number, LocalDate issued, List<Map<String, Object>> items, String advisory) {
    String pid = register(number, issued, null);
    decide(pid, advisory, LocalDate.now().plusDays(30));
    draft(pid, advisory + ".chuyenvien", items);
    submit(pid, advisory + ".lanhdao");
    approve(pid);
    return pid;
  }

  public static Map<String, Object> item(String text, String lead, LocalDate due, String... cooperating) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("text", text);
    item.put("leadUnit", lead);
    item.put("cooperatingUnits", List.of(cooperating));
    item.put("dueDate", due.toString());
    return item;
  }

  /** Runs every executable job, as the job executor would, until none is left; returns how many ran. */
  /**
   * The morning deadline check of {@code day}: the engine clock at {@code at} (province time), the check's timer
   * job fires (whatever its due date: an earlier test may have moved it past this day), then every due job runs
   * (its chunks, and its digest once the digest time has come).
   */
  public void morningCheck(LocalDate day, java.time.LocalTime at) {
    startMorningCheck(day, at);
    executeJobs();
  }

  /** Only the morning check's timer: its plan runs, its chunks wait as jobs. Returns the check's instance id. */
  public String startMorningCheck(LocalDate day, java.time.LocalTime at) {
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(
        day.atTime(at).atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toInstant()));
    java.util.Set<String> before = new java.util.HashSet<>(runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(vn.cascade.deadline.DeadlineCheckProcess.KEY).list().stream().map(p -> p.getId())
        .toList());
    Job timer = managementService.createJobQuery().processDefinitionKey(vn.cascade.deadline.DeadlineCheckProcess.KEY)
        .activityId(vn.cascade.deadline.DeadlineCheckProcess.Elements.MORNING).timers().singleResult();
    managementService.executeJob(timer.getId());
    return runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(vn.cascade.deadline.DeadlineCheckProcess.KEY).list().stream().map(p -> p.getId())
        .filter(id -> !before.contains(id)).findFirst().orElse(null);
  }

  public int executeJobs() {
    int executed = 0;
    List<Job> jobs;
    while (!(jobs = managementService.createJobQuery().executable().listPage(0, 500)).isEmpty()) {
      for (Job job : jobs) {
        // a job run before may have removed this one (e.g. an interrupting timer ends a scope with its timers)
        if (managementService.createJobQuery().jobId(job.getId()).count() > 0) {
          managementService.executeJob(job.getId());
          executed++;
        }
      }
      if (executed > 100_000) {
        throw new AssertionError("Jobs keep coming: " + executed);
      }
    }
    return executed;
  }

  /**
   * Runs executable jobs like {@link #executeJobs()}, but a failing job is left to its retry cycle, as the job
   * executor would; returns how many failed.
   */
  public int executeJobsAllowingFailures() {
    int failed = 0;
    java.util.Set<String> tried = new java.util.HashSet<>();
    List<Job> jobs;
    while (!(jobs = managementService.createJobQuery().executable().listPage(0, 500)).stream()
        .filter(j -> !tried.contains(j.getId() + ":" + j.getRetries())).toList().isEmpty()) {
      for (Job job : jobs) {
        if (!tried.add(job.getId() + ":" + job.getRetries())) {
          continue;
        }
        try {
          if (managementService.createJobQuery().jobId(job.getId()).count() > 0) {
            managementService.executeJob(job.getId());
          }
        } catch (RuntimeException e) {
          failed++;
        }
      }
    }
    return failed;
  }

  /**
   * The running assignment instances of a directive's dispatch, as (unit code -> process instance id): the
   * instances carrying the dispatch's id (sub-assignments carry their own sub-dispatch's).
   */
  public Map<String, String> assignments(String directivePid) {
    Map<String, String> result = new LinkedHashMap<>();
    Object dispatchId = runtimeService.getVariable(directivePid, DirectiveProcess.Vars.DISPATCH_ID);
    if (dispatchId == null) {
      return result;
    }
    for (var pi : runtimeService.createProcessInstanceQuery().processDefinitionKey(AssignmentProcess.KEY)
        .variableValueEquals(DirectiveProcess.Vars.DISPATCH_ID, dispatchId).list()) {
      result.put((String) runtimeService.getVariable(pi.getId(), "unitCode"), pi.getId());
    }
    return result;
  }

  public List<String> openTaskKeys(String pid) {
    List<String> keys = new ArrayList<>();
    taskService.createTaskQuery().processInstanceId(pid).list().forEach(t -> keys.add(t.getTaskDefinitionKey()));
    return keys;
  }
}
