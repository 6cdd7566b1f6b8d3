package vn.cascade.deadline;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.cascade.assignment.AssignmentProcess;
import vn.cascade.directive.DirectiveProcess;
import vn.cascade.reporting.UnitReportProcess;
import vn.cascade.common.EngineAccess;
import vn.cascade.organisation.Groups;
import vn.cascade.organisation.UserDirectory;

/**
 * Who a notice goes to, by role, as the decision {@code reminder-policy} names them: {@code assignee} (the person
 * working the task, or its candidate groups' members), {@code unitLeaders} (leaders of the responsible unit),
 * {@code coordinators} (Finance follow-up), {@code provinceLeaders}.
 */
@Component
public class Recipients {

  /** The responsible unit: an assignment's or a unit report's unit, else a directive's advisory unit. */
  static final String[] UNIT = {AssignmentProcess.Vars.UNIT_CODE, UnitReportProcess.Vars.UNIT_CODE,
      DirectiveProcess.Vars.ADVISORY_UNIT};

  private final UserDirectory directory;
  private final TaskService taskService;
  private final Groups groups;
  private final EngineAccess engine;

  Recipients(UserDirectory directory, TaskService taskService, Groups groups, EngineAccess engine) {
    this.directory = directory;
    this.taskService = taskService;
    this.groups = groups;
    this.engine = engine;
  }

  /** For a task in the database. */
  public Set<String> resolve(String role, Task task, VariableScope process) {
    return resolve(role, task, ProcessFacts.of(process));
  }

  /** For a task in the database, with its instance's facts loaded beforehand (the morning check's chunk). */
  Set<String> resolve(String role, Task task, ProcessFacts process) {
    return resolve(role, task.getAssignee(),
        () -> engine.asSystem(() -> taskService.getIdentityLinksForTask(task.getId())), process);
  }

  /** For a task being created (its candidates are not in the database yet). */
  public Set<String> resolve(String role, DelegateTask task) {
    return resolve(role, task.getAssignee(), () -> List.copyOf(task.getCandidates()),
        ProcessFacts.of(task.getExecution()));
  }

  private Set<String> resolve(String role, String assignee, Supplier<List<IdentityLink>> candidates,
      ProcessFacts process) {
    return engine.asSystem(() -> {
      Set<String> users = new LinkedHashSet<>();
      switch (role.trim()) {
        case "assignee" -> {
          if (assignee != null) {
            users.add(assignee);
          } else {
            for (IdentityLink link : candidates.get()) {
              if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
                if (link.getUserId() != null) {
                  users.add(link.getUserId());
                } else {
                  users.addAll(members(link.getGroupId()));
                }
              }
            }
          }
        }
        case "unitLeaders" -> {
          Object unit = process.first(UNIT);
          if (unit != null) {
            users.addAll(members(groups.leaders(unit.toString())));
          }
        }
        case "coordinators" -> users.addAll(members(Groups.COORDINATORS));
        case "provinceLeaders" -> users.addAll(members(Groups.PROVINCE_LEADERS));
        default -> throw new IllegalArgumentException("Unknown recipient role in reminder-policy: " + role);
      }
      return users;
    });
  }

  private Set<String> members(String groupId) {
    Set<String> users = new LinkedHashSet<>();
    for (User user : directory.members(groupId)) {
      users.add(user.getId());
    }
    return users;
  }
}
