package vn.cascade.deadline;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.cascade.calendar.WorkingDayCalendar;

/**
 * Cascade's register of open timed tasks ({@code timed_task}), which the morning deadline check reads in chunks of
 * consecutive ids instead of one timer per task: every user task created with a due date is registered (its create
 * listener, {@code ${taskNotices}}; at start-up, the open tasks created before the register existed); an extension
 * moves the registered due date with the task's; the check drops the rows of tasks that are no longer open.
 */
@Component
public class TimedTasks {

  /** One registered task. */
  record Row(long id, String taskId, String processInstanceId, LocalDate dueDate) {}

  private final JdbcTemplate jdbc;
  private final TaskService taskService;

  TimedTasks(JdbcTemplate jdbc, TaskService taskService) {
    this.jdbc = jdbc;
    this.taskService = taskService;
  }

  /** Registers a task being created, if it has a due date. */
  public void register(DelegateTask task) {
    if (task.getDueDate() != null) {
      jdbc.update("insert into timed_task (task_id, process_instance_id, due_date) values (?, ?, ?)", task.getId(),
          task.getProcessInstanceId(), Date.valueOf(WorkingDayCalendar.dateOf(task.getDueDate())));
    }
  }

  /**
   * Registers the open tasks with a due date that the register does not know (those created before it existed): at
   * start-up, once the engine runs, before the start-up lock is released; an indexed anti-join that finds nothing on
   * every later start.
   */
  @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
  // inside the start-up lock (common/StartupLock releases it last): two nodes starting together would both insert
  // the same missing tasks
  @org.springframework.core.annotation.Order(100)
  public void registerOpenTasks() {
    List<Object[]> missing = taskService.createNativeTaskQuery().sql("select RES.* from ACT_RU_TASK RES "
        + "where RES.DUE_DATE_ is not null and RES.PROC_INST_ID_ is not null "
        + "and not exists (select 1 from timed_task r where r.task_id = RES.ID_)").list().stream()
        .map(t -> new Object[] {t.getId(), t.getProcessInstanceId(),
            Date.valueOf(WorkingDayCalendar.dateOf(t.getDueDate()))})
        .toList();
    for (int from = 0; from < missing.size(); from += 1000) {
      jdbc.batchUpdate("insert into timed_task (task_id, process_instance_id, due_date) values (?, ?, ?)",
          missing.subList(from, Math.min(from + 1000, missing.size())));
    }
  }

  /** The task's due date moved (an extension). */
  public void moved(String taskId, LocalDate due) {
    jdbc.update("update timed_task set due_date = ? where task_id = ?", Date.valueOf(due), taskId);
  }

  /**
   * The register cut into chunks of at most {@code size} rows, each as "firstId-lastId" (inclusive): the first id of
   * every {@code size}-th row, the last chunk up to the highest id. Empty when nothing is registered.
   */
  List<String> chunks(int size) {
    List<Long> firsts = jdbc.queryForList("select id from (select id, row_number() over (order by id) as rn "
        + "from timed_task) numbered where mod(rn - 1, ?) = 0 order by id", Long.class, size);
    if (firsts.isEmpty()) {
      return List.of();
    }
    Long last = jdbc.queryForObject("select max(id) from timed_task", Long.class);
    List<String> chunks = new ArrayList<>();
    for (int i = 0; i < firsts.size(); i++) {
      long to = i + 1 < firsts.size() ? firsts.get(i + 1) - 1 : last;
      chunks.add(firsts.get(i) + "-" + to);
    }
    return chunks;
  }

  /** The rows of a chunk ("firstId-lastId"). */
  List<Row> chunk(String chunk) {
    int dash = chunk.indexOf('-');
    long from = Long.parseLong(chunk.substring(0, dash).trim());
    long to = Long.parseLong(chunk.substring(dash + 1).trim());
    return jdbc.query("select id, task_id, process_instance_id, due_date from timed_task where id between ? and ? "
        + "order by id", (rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3),
        rs.getObject(4, LocalDate.class)), from, to);
  }

  /** Drops the rows of tasks that are no longer open. */
  void forget(Collection<Long> ids) {
    List<Long> list = List.copyOf(ids);
    for (int from = 0; from < list.size(); from += 500) {
      List<Long> part = list.subList(from, Math.min(from + 500, list.size()));
      jdbc.update("delete from timed_task where id in (" + String.join(",", Collections.nCopies(part.size(), "?"))
          + ")", part.toArray());
    }
  }
}
