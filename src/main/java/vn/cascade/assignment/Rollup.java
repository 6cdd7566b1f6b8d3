package vn.cascade.assignment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cascade.dispatch.Dispatch;
import vn.cascade.dispatch.DispatchRepository;
import vn.cascade.organisation.OrganisationService;

/**
 * The tree of a directive's assignments at any depth (province → district → communes ...), each node with its
 * state and timeliness, and the four official categories counted per unit and per level.
 */
@Service
public class Rollup {

  private final DispatchRepository dispatches;
  private final AssignmentRepository assignments;
  private final AssignmentService assignmentService;
  private final OrganisationService organisation;

  Rollup(DispatchRepository dispatches, AssignmentRepository assignments, AssignmentService assignmentService,
      OrganisationService organisation) {
    this.dispatches = dispatches;
    this.assignments = assignments;
    this.assignmentService = assignmentService;
    this.organisation = organisation;
  }

  /** One assignment in the tree; {@code subDispatch} is set when the unit dispatched it further down. */
  public record Node(Long assignmentId, String unitCode, String unitName, int level, String dispatchNumber,
      LocalDate dueDate, AssignmentState state, Timeliness timeliness, String timelinessLabel, String subDispatch,
      List<Node> children) {}

  public record Counts(long completedOnTime, long completedLate, long openWithinTerm, long openOverdue, long total) {
    static Counts of(Map<Timeliness, Long> m) {
      long onTime = m.getOrDefault(Timeliness.COMPLETED_ON_TIME, 0L);
      long late = m.getOrDefault(Timeliness.COMPLETED_LATE, 0L);
      long within = m.getOrDefault(Timeliness.OPEN_WITHIN_TERM, 0L);
      long overdue = m.getOrDefault(Timeliness.OPEN_OVERDUE, 0L);
      return new Counts(onTime, late, within, overdue, onTime + late + within + overdue);
    }
  }

  public record Tree(Long incomingId, List<Node> nodes, Counts total, Map<Integer, Counts> perLevel,
      Map<String, Counts> perUnit) {}

  @Transactional(readOnly = true)
  public Tree ofDirective(Long incomingId) {
    List<Node> roots = new ArrayList<>();
    for (Dispatch dispatch : dispatches.findByIncomingId(incomingId)) {
      if (dispatch.getParentAssignmentId() == null) {
        roots.addAll(nodes(dispatch, 1));
      }
    }
    Map<Timeliness, Long> total = new EnumMap<>(Timeliness.class);
    Map<Integer, Map<Timeliness, Long>> perLevel = new LinkedHashMap<>();
    Map<String, Map<Timeliness, Long>> perUnit = new LinkedHashMap<>();
    walk(roots, n -> {
      total.merge(n.timeliness(), 1L, Long::sum);
      perLevel.computeIfAbsent(n.level(), k -> new EnumMap<>(Timeliness.class)).merge(n.timeliness(), 1L, Long::sum);
      perUnit.computeIfAbsent(n.unitCode(), k -> new EnumMap<>(Timeliness.class)).merge(n.timeliness(), 1L, Long::sum);
    });
    Map<Integer, Counts> levels = new LinkedHashMap<>();
    perLevel.forEach((k, v) -> levels.put(k, Counts.of(v)));
    Map<String, Counts> units = new LinkedHashMap<>();
    perUnit.forEach((k, v) -> units.put(k, Counts.of(v)));
    return new Tree(incomingId, roots, Counts.of(total), levels, units);
  }

  private List<Node> nodes(Dispatch dispatch, int level) {
    List<Node> result = new ArrayList<>();
    for (Assignment a : assignments.findByDispatchIdOrderByUnitCode(dispatch.getId())) {
      Dispatch sub = dispatches.findByParentAssignmentId(a.getId()).orElse(null);
      List<Node> children = sub == null ? List.of() : nodes(sub, level + 1);
      Timeliness t = assignmentService.timeliness(a);
      result.add(new Node(a.getId(), a.getUnitCode(), organisation.require(a.getUnitCode(), "unitCode")
          .getDisplayName(), level, dispatch.getNumberSymbol(), a.getDueDate(), a.getState(), t, t.label(),
          sub == null ? null : sub.getNumberSymbol(), children));
    }
    return result;
  }

  private static void walk(List<Node> nodes, java.util.function.Consumer<Node> visit) {
    for (Node n : nodes) {
      visit.accept(n);
      walk(n.children(), visit);
    }
  }
}
