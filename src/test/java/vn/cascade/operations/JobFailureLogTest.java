package vn.cascade.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import vn.cascade.support.ProcessTestBase;

@ExtendWith(OutputCaptureExtension.class)
class JobFailureLogTest extends ProcessTestBase {

  @Test
  void aFailedJobIsOneGreppableLineWithProcessBusinessKeyAndStep(CapturedOutput output) {
    // given a process whose async step fails
    String deployment = engine.getRepositoryService().createDeployment().addModelInstance("failing-step.bpmn",
        Bpmn.createExecutableProcess("failing-step").camundaHistoryTimeToLive(1).startEvent()
            .serviceTask("Broken").camundaAsyncBefore().camundaExpression("${noSuchBean.run()}").endEvent().done())
        .deploy().getId();
    try {
      failingJobIsLogged(output);
    } finally {
      // the shared test database keeps no failing job for the tests that run every job
      engine.getRepositoryService().deleteDeployment(deployment, true);
    }
  }

  private void failingJobIsLogged(CapturedOutput output) {
    String pid = engine.getRuntimeService().startProcessInstanceByKey("failing-step", "12/KH-UBND").getId();
    Job job = engine.getManagementService().createJobQuery().processInstanceId(pid).singleResult();

    // when the job runs and fails
    assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId())).isInstanceOf(Exception.class);

    // then one line names the process, its business key, the step and the failure
    assertThat(output.getAll().lines().filter(l -> l.contains("JOB FAILED"))).singleElement().asString()
        .contains("process=failing-step", "businessKey=12/KH-UBND", "instance=" + pid, "activity=Broken",
            "job=" + job.getId(), "noSuchBean");
  }
}
