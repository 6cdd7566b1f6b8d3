package vn.cascade.restructuring;

import static vn.cascade.assignment.AssignmentProcess.Vars.ASSIGNER_UNIT;
import static vn.cascade.assignment.AssignmentProcess.Vars.UNIT_CODE;
import static vn.cascade.assignment.AssignmentProcess.Vars.UNIT_NAME;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.cascade.assignment.Assignment;
import vn.cascade.assignment.AssignmentRepository;
import vn.cascade.assignment.AssignmentState;
import vn.cascade.directive.DirectiveProcess;
import vn.cascade.organisation.Groups;
import vn.cascade.organisation.Unit;
import vn.cascade.organisation.UnitRepository;
import vn.cascade.organisation.UnitWorkMover;

/**
 * Moves one unit's open work to its successor(s), or lists what it would move (dry run). The same code runs for
 * both, so the preview is exactly what is applied. Every step checks the current state first, so running it again
 * (a retried job after an interruption) moves only what has not moved yet.
 */
@Component
class Succession {

  private final AssignmentRepository assignments;
  private final UnitRepository units;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final IdentityService identityService;
  private final Groups groups;
  private final List<UnitWorkMover> movers;
  private final vn.cascade.security.AccessPolicy access;

  Succession(AssignmentRepository assignments, UnitRepository units, RuntimeService runtimeService,
      TaskService taskService, IdentityService identityService, Groups groups, List<UnitWorkMover> movers,
      vn.cascade.security.AccessPolicy access) {
    this.movers = movers;
    this.access = access;
    this.assignments = assignments;
    this.units = units;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.identityService = identityService;
    this.groups = groups;
  }

  /**
   * @param from the unit that ceases (or is renamed)
   * @param route where each open assignment of {@code from} goes (by assignment id); other items go to
   *     {@code defaultTarget}
   */
  List<Move> move(String from, String defaultTarget, Function<Long, String> route, boolean moveStaff,
      boolean apply) {
    List<Move> moves = new ArrayList<>();
    java.util.Set<String> movedInstances = new java.util.HashSet<>();
    // 1. staff leave the unit for the successor (before the tasks move, so that assignees who move keep their
    //    tasks): members of the successor only, so that their unit, "my unit's tasks" and the assignments they see
    //    follow it. Without moving staff (an abolition), they stay in the ceased unit's groups until an
    //    administrator places them, and see none of the work that moves away.
    for (String[] pair : new String[][] {{groups.staff(from), groups.staff(defaultTarget)},
        {groups.leaders(from), groups.leaders(defaultTarget)}}) {
      for (User user : identityService.createUserQuery().memberOfGroup(pair[0]).list()) {
        if (!moveStaff) {
          moves.add(new Move(Move.MEMBERSHIP_KEPT, user.getId(), from, from, "vẫn thuộc " + pair[0]
              + ": không chuyển cán bộ; không còn xem được công việc đã chuyển đi, quản trị viên bố trí người dùng "
              + "sang đơn vị mới"));
          continue;
        }
        moves.add(new Move(Move.MEMBERSHIP, user.getId(), from, defaultTarget, pair[0] + " → " + pair[1]));
        if (apply) {
          if (!isMember(user.getId(), pair[1])) {
            identityService.createMembership(user.getId(), pair[1]);
          }
          identityService.deleteMembership(user.getId(), pair[0]);
        }
      }
    }
    // 2. open assignments, their process instances and tasks
    for (Assignment a : assignments.findByUnitCodeAndStateNot(from, AssignmentState.COMPLETED)) {
      String to = route.apply(a.getId());
      moves.add(new Move(Move.ASSIGNMENT, String.valueOf(a.getId()), from, to,
          "Nhiệm vụ hạn " + a.getDueDate() + ", tiến trình " + a.getProcessInstanceId()));
      if (apply) {
        a.transferTo(to);
      }
      movedInstances.add(a.getProcessInstanceId());
      moves.addAll(moveInstance(a.getProcessInstanceId(), from, to, moveStaff, apply));
    }
    // 3. other features' open work (reports, report obligations and schedules)
    for (UnitWorkMover mover : movers) {
      mover.move(from, defaultTarget, apply)
          .forEach(m -> moves.add(new Move(m.type(), m.ref(), from, defaultTarget, m.detail())));
    }
    // 4. other running processes that name the unit: its own (e.g. its unit reports), a directive it advises,
    //    assignments it follows up
    for (String variable : new String[] {UNIT_CODE, DirectiveProcess.Vars.ADVISORY_UNIT, ASSIGNER_UNIT}) {
      for (ProcessInstance pi : runtimeService.createProcessInstanceQuery().variableValueEquals(variable, from)
          .list()) {
        if (UNIT_CODE.equals(variable) && movedInstances.contains(pi.getId())) {
          continue;
        }
        moves.add(new Move(Move.PROCESS, pi.getId(), from, defaultTarget, variable));
        if (apply) {
          runtimeService.setVariable(pi.getId(), variable, defaultTarget);
          if (UNIT_CODE.equals(variable) && runtimeService.getVariable(pi.getId(), UNIT_NAME) != null) {
            runtimeService.setVariable(pi.getId(), UNIT_NAME, units.findById(defaultTarget).orElseThrow().getName());
          }
        }
        if (movedInstances.add(pi.getId())) {
          moves.addAll(moveTasks(pi.getId(), from, defaultTarget, moveStaff, apply));
          if (apply) {
            handOver(pi.getId(), from, defaultTarget);
          }
        }
      }
    }
    // 5. units below it move under the successor
    for (Unit child : units.findAll()) {
      if (from.equals(child.getParentCode()) && child.isActive()) {
        moves.add(new Move(Move.CHILD_UNIT, child.getCode(), from, defaultTarget, child.getName()));
        if (apply) {
          child.moveUnder(defaultTarget);
        }
      }
    }
    return moves.stream().distinct().toList();
  }

  private List<Move> moveInstance(String pid, String from, String to, boolean moveStaff, boolean apply) {
    List<Move> moves = new ArrayList<>();
    if (runtimeService.createProcessInstanceQuery().processInstanceId(pid).count() == 0) {
      return moves;
    }
    if (from.equals(runtimeService.getVariable(pid, UNIT_CODE))) {
      moves.add(new Move(Move.PROCESS, pid, from, to, UNIT_CODE));
      if (apply) {
        Unit successor = units.findById(to).orElseThrow();
        runtimeService.setVariables(pid, Map.of(UNIT_CODE, to, UNIT_NAME, successor.getName()));
      }
    }
    List<Move> taskMoves = moveTasks(pid, from, to, moveStaff, apply);
    moves.addAll(taskMoves);
    if (apply) {
      handOver(pid, from, to);
    }
    return moves;
  }

  /**
   * The successor's groups may read the instance; the old unit's groups no longer read it nor its tasks (after an
   * abolition its users are still members of them). Once per instance and run: a grant written twice in one
   * transaction would break the engine's unique key, since its query does not see the first one yet.
   */
  private void handOver(String pid, String from, String to) {
    access.grantInstance(pid, groups.staff(to), groups.leaders(to));
    List<String> tasks = taskService.createTaskQuery().processInstanceId(pid).list().stream().map(Task::getId)
        .toList();
    access.revokeWork(pid, tasks, groups.staff(from), groups.leaders(from));
  }

  private boolean isMember(String user, String group) {
    return identityService.createUserQuery().userId(user).memberOfGroup(group).count() > 0;
  }

  /** The open tasks of an instance that the unit's groups hold move to the successor's groups. */
  private List<Move> moveTasks(String pid, String from, String to, boolean moveStaff, boolean apply) {
    List<Move> moves = new ArrayList<>();
    for (Task task : taskService.createTaskQuery().processInstanceId(pid).list()) {
      for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
        if (!IdentityLinkType.CANDIDATE.equals(link.getType()) || link.getGroupId() == null) {
          continue;
        }
        String newGroup = link.getGroupId().equals(groups.staff(from)) ? groups.staff(to)
            : link.getGroupId().equals(groups.leaders(from)) ? groups.leaders(to) : null;
        if (newGroup == null) {
          continue;
        }
        boolean assigneeStays = task.getAssignee() == null
            || isMember(task.getAssignee(), newGroup)
            || (moveStaff && isMember(task.getAssignee(), link.getGroupId()));
        moves.add(new Move(Move.TASK, task.getId(), from, to, task.getName() + ": " + link.getGroupId() + " → "
            + newGroup + (assigneeStays ? "" : "; bỏ người xử lý " + task.getAssignee())));
        if (apply) {
          taskService.addCandidateGroup(task.getId(), newGroup);
          taskService.deleteCandidateGroup(task.getId(), link.getGroupId());
          if (!assigneeStays) {
            taskService.setAssignee(task.getId(), null);
          }
        }
      }
    }
    return moves;
  }
}
