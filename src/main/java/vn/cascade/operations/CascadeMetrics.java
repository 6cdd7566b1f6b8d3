package vn.cascade.operations;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.management.Metrics;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.cascade.common.EngineClock;

/**
 * What an operator watches, for Prometheus ({@code /actuator/prometheus}): the engine's own job figures (acquired,
 * executed, failed: Camunda's metrics, which the engine writes to its database every few minutes), jobs waiting and
 * jobs without retries, open incidents, open and overdue tasks, and the outbox's waiting and failed mails. The
 * gauges are read when scraped, as the system (a scrape carries no user).
 */
@Component
class CascadeMetrics implements MeterBinder {

  private final ManagementService management;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final JdbcTemplate jdbc;
  private final EngineClock clock;

  CascadeMetrics(ManagementService management, TaskService tasks, RuntimeService runtime, JdbcTemplate jdbc,
      EngineClock clock) {
    this.management = management;
    this.runtime = runtime;
    this.tasks = tasks;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    engineCounter(registry, "acquired", Metrics.JOB_ACQUIRED_SUCCESS);
    engineCounter(registry, "executed", Metrics.JOB_SUCCESSFUL);
    engineCounter(registry, "failed", Metrics.JOB_FAILED);
    gauge(registry, "cascade.jobs.waiting", "Jobs due now, waiting for the job executor",
        () -> management.createJobQuery().executable().count());
    gauge(registry, "cascade.jobs.without.retries", "Jobs whose retries are spent (each has an incident)",
        () -> management.createJobQuery().noRetriesLeft().count());
    gauge(registry, "cascade.incidents.open", "Open incidents (Cockpit shows them)",
        () -> runtime.createIncidentQuery().count());
    gauge(registry, "cascade.tasks.open", "Open user tasks", () -> tasks.createTaskQuery().count());
    gauge(registry, "cascade.tasks.overdue", "Open user tasks past their due date",
        () -> tasks.createTaskQuery().dueBefore(java.util.Date.from(clock.now())).count());
    gauge(registry, "cascade.outbox.waiting", "Mails queued and not yet sent (digests included)",
        () -> jdbc.queryForObject("select count(*) from outbox_mail where status in ('PENDING', 'DIGEST_PENDING')",
            Long.class));
    gauge(registry, "cascade.outbox.failed", "Mails waiting after a failed attempt (the server refused or was down)",
        () -> jdbc.queryForObject("select count(*) from outbox_mail where status = 'PENDING' and attempts > 0",
            Long.class));
  }

  private void engineCounter(MeterRegistry registry, String name, String metric) {
    FunctionCounter.builder("cascade.jobs." + name, management,
            m -> m.createMetricsQuery().name(metric).sum())
        .description("Jobs " + name + " (Camunda metric " + metric + ")").register(registry);
  }

  private static void gauge(MeterRegistry registry, String name, String description, Supplier<Number> value) {
    Gauge.builder(name, value).description(description).register(registry);
  }
}
