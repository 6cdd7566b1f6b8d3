package vn.cascade.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.ActiveProfiles;

/** Without the demo profile and without CASCADE_ADMIN_ID, no user exists, and the log says how to make one. */
@SpringBootTest(properties = {"cascade.admin.id=", "camunda.bpm.process-engine-name=no-admin",
    // a database of its own (see OperationsIT)
    "spring.datasource.url=jdbc:h2:mem:cascade-no-admin;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class NoAdministratorConfiguredIT {

  @Autowired IdentityService identity;

  @Test
  void noUserExistsAndTheLogSaysHowToCreateTheFirstAdministrator(CapturedOutput output) {
    assertThat(identity.createUserQuery().count()).isZero();
    assertThat(output.getAll()).contains("set the environment variables CASCADE_ADMIN_ID and CASCADE_ADMIN_PASSWORD");
  }
}
