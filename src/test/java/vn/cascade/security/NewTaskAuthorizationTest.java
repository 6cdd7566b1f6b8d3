package vn.cascade.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cascade.support.ProcessTestBase;

/** Task authorizations of new tasks are written without a lookup, and are the engine's usual ones. */
class NewTaskAuthorizationTest extends ProcessTestBase {

  static final String PROCESS = "new-task-authorization-test";

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired AuthorizationService authorizationService;

  Authorization grant(String taskId, String groupId, String userId) {
    var query = authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(taskId);
    return (groupId != null ? query.groupIdIn(groupId) : query.userIdIn(userId)).singleResult();
  }

  @Test
  void aNewTasksCandidateGroupsGetTheEnginesGrantsOnceAndLaterChangesStillMerge() {
    // given the engine with Cascade's provider
    assertThat(((ProcessEngineImpl) engine).getProcessEngineConfiguration().getResourceAuthorizationProvider())
        .isInstanceOf(NewTaskAuthorizationProvider.class);
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS).count() == 0) {
      repositoryService.createDeployment().name(PROCESS).addModelInstance(PROCESS + ".bpmn",
          Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1).startEvent()
              .userTask("Work").camundaCandidateGroups("qa-leaders,qa-staff,qa-leaders").endEvent().done()).deploy();
    }

    // when a task is created with two candidate groups (one named twice), and later gets another group and a person
    String pid = runtimeService.startProcessInstanceByKey(PROCESS, Map.of()).getId();
    String taskId = taskService.createTaskQuery().processInstanceId(pid).singleResult().getId();
    taskService.addCandidateGroup(taskId, "qb-leaders");
    taskService.addCandidateGroup(taskId, "qa-staff");
    taskService.setAssignee(taskId, "qa.chuyenvien");

    // then each group and the person have exactly one grant on the task, with the engine's default permissions
    for (String group : new String[] {"qa-leaders", "qa-staff", "qb-leaders"}) {
      Authorization grant = grant(taskId, group, null);
      assertThat(grant).as(group).isNotNull();
      assertThat(grant.isPermissionGranted(Permissions.READ)).as(group).isTrue();
    }
    // to work the task (claim, complete), not to change it (default-user-permission-name-for-task: TASK_WORK)
    assertThat(grant(taskId, null, "qa.chuyenvien").isPermissionGranted(
        org.camunda.bpm.engine.authorization.TaskPermissions.TASK_WORK)).isTrue();
    assertThat(grant(taskId, null, "qa.chuyenvien").isPermissionGranted(Permissions.UPDATE)).isFalse();
    assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(taskId).count())
        .isEqualTo(4);
    runtimeService.deleteProcessInstance(pid, "test cleanup");
  }
}
