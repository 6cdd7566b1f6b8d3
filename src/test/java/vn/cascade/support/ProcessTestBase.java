package vn.cascade.support;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Process tests run the real application context (real delegates, real H2) with the job executor off; they run
 * jobs themselves and act as the demo users, with authorization checks on.
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
public abstract class ProcessTestBase {

  @Autowired
  protected ProcessEngine engine;

  @Autowired
  protected CycleDriver cycle;

  @BeforeEach
  void initAssertions() {
    init(engine);
  }

  @AfterEach
  void resetClockAndUser() {
    ClockUtil.reset();
    engine.getIdentityService().clearAuthentication();
  }

}
