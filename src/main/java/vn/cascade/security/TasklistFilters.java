package vn.cascade.security;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/** The shared Tasklist filters every user gets: my tasks, my unit's tasks, overdue. Created once, by name. */
@Component
public class TasklistFilters {

  public static final String MINE = "Việc của tôi";
  public static final String UNIT = "Việc của đơn vị";
  public static final String OVERDUE = "Quá hạn";

  private final FilterService filterService;
  private final TaskService taskService;

  TasklistFilters(FilterService filterService, TaskService taskService) {
    this.filterService = filterService;
    this.taskService = taskService;
  }

  public void ensure() {
    create(MINE, 1, "#2e7d32", "Các việc đang giao cho tôi",
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
    create(UNIT, 2, "#1565c0", "Các việc của đơn vị tôi (kể cả việc đã giao người xử lý)",
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
            .orderByDueDate().asc());
    create(OVERDUE, 3, "#c62828", "Các việc của đơn vị tôi đã quá hạn",
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
            .dueBeforeExpression("${now()}").orderByDueDate().asc());
  }

  private void create(String name, int priority, String color, String description, TaskQuery query) {
    if (filterService.createFilterQuery().filterName(name).count() > 0) {
      return;
    }
    Filter filter = filterService.newTaskFilter(name);
    filter.setQuery(query);
    filter.setProperties(Map.of(
        "priority", priority,
        "color", color,
        "description", description,
        "refresh", true,
        "variables", List.of(
            Map.of("name", "dispatchNumber", "label", "Văn bản giao"),
            Map.of("name", "unitName", "label", "Đơn vị"),
            Map.of("name", "incomingNumber", "label", "Văn bản đến"))));
    filterService.saveFilter(filter);
  }
}
