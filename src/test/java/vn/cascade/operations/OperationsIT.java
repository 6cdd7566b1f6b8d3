package vn.cascade.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.cascade.organisation.Groups;
import vn.cascade.support.Api;

/**
 * An operator's view of a production start (no demo profile): the first administrator comes from the environment,
 * the Admin app's anonymous first-user page is closed, health is open for load balancers, and metrics need the
 * administrator.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=true", "CASCADE_ADMIN_ID=ops.admin", "CASCADE_ADMIN_PASSWORD=Kh0ng-mac-dinh",
    // an engine of its own name: the JVM-wide "default" engine stays the demo contexts' (their /engine-rest)
    "camunda.bpm.process-engine-name=operations",
    // a database of its own: the demo contexts' users must not count here (in-memory H2 also under -Ppostgres:
    // what it shows does not depend on the database)
    "spring.datasource.url=jdbc:h2:mem:cascade-operations;DB_CLOSE_DELAY=-1"})
// Spring Boot switches metrics export off in tests unless asked
@org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability
@ActiveProfiles("test")
class OperationsIT {

  static final String OPS_PASSWORD = "Kh0ng-mac-dinh";

  @LocalServerPort int port;
  @Autowired IdentityService identity;

  @Test
  void theFirstAdministratorComesFromTheEnvironmentAndTheSetupPageIsClosed() {
    assertThat(identity.createUserQuery().memberOfGroup(Groups.ADMINS).list())
        .extracting(u -> u.getId()).containsExactly("ops.admin");
    assertThat(identity.createUserQuery().userId("ops.admin").singleResult().getFirstName()).isEqualTo("Quản trị");

    Api.Response setup = Api.anonymous(port).postJson("/camunda/api/admin/setup/default/user/create",
        Map.of("profile", Map.of("id", "intruder", "firstName", "A", "lastName", "B"),
            "credentials", Map.of("password", "intruder")));
    assertThat(setup.status()).isEqualTo(403);
    assertThat(setup.json().get("message").asText()).contains("CASCADE_ADMIN_ID");
    assertThat(identity.createUserQuery().userId("intruder").count()).isZero();
  }

  @Test
  void thereIsNoTrainingClockOutsideTheDemo() {
    Api.Response clock = Api.as(port, "ops.admin", OPS_PASSWORD).get("/api/training-clock");

    assertThat(clock.status()).isEqualTo(404);
    assertThat(Api.as(port, "ops.admin", OPS_PASSWORD).postJson("/api/training-clock/next-working-day", Map.of())
        .status()).isIn(404, 405);
  }

  @Test
  void healthIsOpenWithTheEngineJobExecutorDatabaseAndMail() {
    Api.Response health = Api.anonymous(port).get("/actuator/health");
    assertThat(health.status()).as(health.body()).isEqualTo(200);
    assertThat(health.json().get("status").asText()).isEqualTo("UP");
    assertThat(health.json().get("components").fieldNames()).toIterable()
        .contains("processEngine", "jobExecutor", "db", "mail", "livenessState", "readinessState");
    assertThat(Api.anonymous(port).get("/actuator/health/liveness").json().get("status").asText()).isEqualTo("UP");
    Api.Response readiness = Api.anonymous(port).get("/actuator/health/readiness");
    assertThat(readiness.json().get("status").asText()).isEqualTo("UP");
    assertThat(readiness.json().get("components").fieldNames()).toIterable()
        .containsExactlyInAnyOrder("readinessState", "db", "processEngine");
  }

  @Test
  void metricsNeedTheAdministratorAndCarryTheEnginesAndCascadesFigures() {
    assertThat(Api.anonymous(port).get("/actuator/prometheus").status()).isEqualTo(401);
    // (a wrong password for ops.admin would lock it for a few seconds: Camunda's login throttling)
    assertThat(Api.as(port, "somebody", "wrong").get("/actuator/metrics").status()).isEqualTo(401);
    Api.Response prometheus = Api.as(port, "ops.admin", "Kh0ng-mac-dinh").withHeader("Accept", "text/plain")
        .get("/actuator/prometheus");
    assertThat(prometheus.status()).isEqualTo(200);
    assertThat(prometheus.body()).contains("cascade_jobs_acquired_total", "cascade_jobs_executed_total",
        "cascade_jobs_failed_total", "cascade_jobs_waiting", "cascade_jobs_without_retries", "cascade_incidents_open",
        "cascade_tasks_open", "cascade_tasks_overdue", "cascade_outbox_waiting", "cascade_outbox_failed");
  }
}
