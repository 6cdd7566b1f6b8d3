package vn.cascade.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cascade.support.ProcessTestBase;

/**
 * The task query by candidate groups on H2 (H2TaskQueryPlugin): the engine's statement with a predicate H2 plans
 * from, and the same answers as the engine's own statement for every kind of task query Tasklist sends.
 */
class H2TaskQueryTest extends ProcessTestBase {

  static final String PROCESS = "h2-task-query-test";

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  String a;
  String b;
  String both;
  String assignedA;

  ProcessEngineConfigurationImpl configuration() {
    return ((ProcessEngineImpl) engine).getProcessEngineConfiguration();
  }

  @BeforeEach
  void tasksOfTwoGroups() {
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS).count() == 0) {
      repositoryService.createDeployment().name(PROCESS).addModelInstance(PROCESS + ".bpmn",
          Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1).startEvent()
              .userTask("Work").camundaCandidateGroups("${groups}").endEvent().done()).deploy();
    }
    runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS).list()
        .forEach(old -> runtimeService.deleteProcessInstance(old.getId(), "test cleanup"));
    a = start("qa-leaders");
    b = start("qb-leaders");
    both = start("qa-leaders,qb-leaders");
    assignedA = start("qa-leaders");
    taskService.setAssignee(assignedA, "qa.lanhdao");
  }

  String start(String groups) {
    String pid = runtimeService.startProcessInstanceByKey(PROCESS,
        java.util.Map.of("groups", groups)).getId();
    return taskService.createTaskQuery().processInstanceId(pid).singleResult().getId();
  }

  List<String> ids(TaskQuery query) {
    List<String> list = query.processDefinitionKey(PROCESS).list().stream().map(Task::getId).toList();
    assertThat(query.count()).as("count of the same query").isEqualTo(list.size());
    return list;
  }

  @Test
  void onH2TheTaskQueryStatementsAreCascadesAndElsewhereTheEnginesOwn() {
    // given the engine's per-database statement mapping
    DbSqlSessionFactory sessions = configuration().getDbSqlSessionFactory();

    // when the engine maps its task query statements
    String list = sessions.mapStatement("selectTaskByQueryCriteria");
    String count = sessions.mapStatement("selectTaskCountByQueryCriteria");

    // then on H2 they are the ones with the candidate-group predicate; on any other database the engine's
    if (DbSqlSessionFactory.H2.equals(configuration().getDatabaseType())) {
      assertThat(list).isEqualTo(H2TaskQueryPlugin.NAMESPACE + ".selectTaskByQueryCriteriaH2");
      assertThat(count).isEqualTo(H2TaskQueryPlugin.NAMESPACE + ".selectTaskCountByQueryCriteriaH2");
    } else {
      assertThat(list).isEqualTo("selectTaskByQueryCriteria");
      assertThat(count).isEqualTo("selectTaskCountByQueryCriteria");
    }
  }

  @Test
  void candidateGroupQueriesFindExactlyTheGroupsTasks() {
    // given tasks of group A, of group B, of both, and one of group A assigned to a person

    // when Tasklist asks by candidate groups, with and without assigned tasks, and by due date as the filters do
    List<String> unitA = ids(taskService.createTaskQuery().taskCandidateGroupIn(List.of("qa-leaders"))
        .includeAssignedTasks().orderByDueDate().asc());
    List<String> unitAOpen = ids(taskService.createTaskQuery().taskCandidateGroupIn(List.of("qa-leaders")));
    List<String> either = ids(taskService.createTaskQuery().taskCandidateGroupIn(List.of("qa-leaders", "qb-leaders"))
        .includeAssignedTasks());
    List<String> single = ids(taskService.createTaskQuery().taskCandidateGroup("qb-leaders"));
    List<String> none = ids(taskService.createTaskQuery().taskCandidateGroupIn(List.of("qc-leaders")));

    // then each finds exactly its tasks
    assertThat(unitA).containsExactlyInAnyOrder(a, both, assignedA);
    assertThat(unitAOpen).containsExactlyInAnyOrder(a, both);
    assertThat(either).containsExactlyInAnyOrder(a, b, both, assignedA);
    assertThat(single).containsExactlyInAnyOrder(b, both);
    assertThat(none).isEmpty();
  }

  @Test
  void queriesThatAreNotByCandidateGroupsAloneKeepTheEnginesAnswers() {
    // given the same tasks

    // when a query mixes candidate groups with "or" branches, a candidate user, or asks without groups
    List<String> orQuery = ids(taskService.createTaskQuery().or().taskCandidateGroup("qb-leaders")
        .taskAssignee("qa.lanhdao").endOr());
    List<String> assignee = ids(taskService.createTaskQuery().taskAssignee("qa.lanhdao"));
    List<String> like = ids(taskService.createTaskQuery().taskCandidateGroupLike("qb-%").includeAssignedTasks());
    List<String> all = ids(taskService.createTaskQuery());

    // then they answer as the engine's statement does
    assertThat(orQuery).containsExactlyInAnyOrder(b, both, assignedA);
    assertThat(assignee).containsExactly(assignedA);
    assertThat(like).containsExactlyInAnyOrder(b, both);
    assertThat(all).containsExactlyInAnyOrder(a, b, both, assignedA);
  }
}
