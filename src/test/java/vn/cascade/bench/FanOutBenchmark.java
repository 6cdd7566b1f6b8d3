package vn.cascade.bench;

import static org.awaitility.Awaitility.await;
import static vn.cascade.support.CycleDriver.item;
import static vn.cascade.support.CycleDriver.nextIncomingNumber;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.core.ConditionTimeoutException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.cascade.assignment.AssignmentProcess;
import vn.cascade.organisation.OrganisationService;
import vn.cascade.support.CycleDriver;
import vn.cascade.support.ManyUnits;

/**
 * Fan-out: one dispatch to every local People's Committee (target "ALL_LOCAL") with N = 100, 1,000 and 4,000 of
 * them, job executor on as in production, timed from the provincial leader's approval until every assignment waits
 * at "Tiếp nhận, phân công chuyên viên" with its deadline timer. In the same JVM, the baseline: the bare engine
 * starting N instances of a minimal process (one user task, one non-interrupting timer) one after another, just
 * before and just after the fan-out (the mean of the two counts).
 */
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=true")
@ActiveProfiles({"test", "demo"})
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FanOutBenchmark {

  static final String BASELINE = "bench-baseline";
  /** Local People's Committees of the demo data (Ngọc Hồi and its three communes). */
  static final int DEMO_LOCAL_UNITS = 4;
  static final Duration LIMIT = Duration.ofMinutes(Long.getLong("cascade.bench.fanout-minutes", 6));

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    Bench.freshDatabase(registry, "fanout");
  }

  @Autowired CycleDriver cycle;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired RepositoryService repositoryService;
  @Autowired JdbcTemplate jdbc;

  /** Units per fan-out job (cascade.dispatch.batch-size), recorded with the figures. */
  @org.springframework.beans.factory.annotation.Value("${cascade.dispatch.batch-size:50}")
  int batchSize;

  static int localUnits = DEMO_LOCAL_UNITS;
  /** The warm-up's fan-out reaches the first measured size's units (a fan-out goes to every local unit there is). */
  static final int WARM_UP_UNITS = 100;

  @Test
  @Order(1)
  void warmUp() throws java.io.IOException {
    // both sides warm (JIT-compiled) before anything is measured: a fan-out to the first size's units, and ten
    // times as many baseline instances (a cold baseline is much slower than a warm one)
    deployBaseline();
    addLocalUnits(WARM_UP_UNITS - localUnits);
    fanOut(WARM_UP_UNITS);
    baseline(10 * WARM_UP_UNITS);
  }

  @Test
  @Order(2)
  void fanOutTo100Units() {
    assumeSize(100);
    measure(100);
  }

  @Test
  @Order(3)
  void fanOutTo1000Units() {
    assumeSize(1000);
    measure(1000);
  }

  @Test
  @Order(4)
  void fanOutTo4000Units() {
    measure(Integer.getInteger("cascade.bench.fanout-max", 4000));
  }

  /** -Dcascade.bench.fanout-sizes=4000 runs only the largest fan-out (after the warm-up). */
  static void assumeSize(int units) {
    String sizes = System.getProperty("cascade.bench.fanout-sizes", "");
    org.junit.jupiter.api.Assumptions.assumeTrue(sizes.isBlank() || List.of(sizes.split(",")).contains("" + units),
        "fan-out to " + units + " units not asked for (cascade.bench.fanout-sizes=" + sizes + ")");
  }

  void measure(int units) {
    addLocalUnits(units - localUnits);
    // the baseline runs just before and just after the fan-out, and counts with the mean of the two: on a shared
    // machine one run alone varies widely
    Result before = baseline(units);
    Result cascade = fanOut(units);
    // the units' mails are still being delivered: the baseline gets the machine to itself
    await().atMost(LIMIT).pollInterval(Duration.ofMillis(250))
        .until(() -> managementService.createJobQuery().executable().count() == 0);
    double mailsDone = Bench.seconds(cascade.start());
    Result after = baseline(units);
    Result baseline = new Result(Bench.round((before.seconds() + after.seconds()) / 2, 2),
        Bench.round((before.cpuSeconds() + after.cpuSeconds()) / 2, 2), null,
        Math.max(before.peakHeapMb(), after.peakHeapMb()), null, units, before.start());
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("db", Bench.db());
    entry.put("units", units);
    entry.put("batchSize", batchSize);
    entry.put("seconds", cascade.seconds());
    entry.put("perSecond", cascade.seconds() == null ? null : Bench.round(units / cascade.seconds(), 1));
    entry.put("baselineSeconds", baseline.seconds());
    entry.put("baselineRunsSeconds", List.of(before.seconds(), after.seconds()));
    entry.put("ratio", cascade.seconds() == null ? null : Bench.round(cascade.seconds() / baseline.seconds(), 2));
    // CPU time the whole JVM spent (all threads, H2 included): the work, whatever the parallelism
    entry.put("cpuSeconds", cascade.cpuSeconds());
    entry.put("baselineCpuSeconds", baseline.cpuSeconds());
    entry.put("cpuRatio", Bench.round(cascade.cpuSeconds() / baseline.cpuSeconds(), 2));
    entry.put("firstTaskSeconds", cascade.firstTaskSeconds());
    // every unit's "new task" mail delivered (no job left to run)
    entry.put("mailsDoneSeconds", mailsDone);
    entry.put("peakHeapMb", cascade.peakHeapMb());
    entry.put("peakHeapAfterGcMb", cascade.peakHeapAfterGcMb());
    entry.put("baselinePeakHeapMb", baseline.peakHeapMb());
    entry.put("reached", cascade.reached());
    // the heap limit of this run (-Xmx1g by default; -Dbench.jvmArgs=-Xmx512m shows the fan-out within 512 MB)
    entry.put("maxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    Bench.print("fan-out", entry);
    Bench.update(root -> Bench.upsert(root, "fanout", entry, "db", "units", "maxHeapMb"));
    // the figures are kept either way; a fan-out that did not reach every unit fails the run
    org.assertj.core.api.Assertions.assertThat(cascade.reached())
        .as("units whose assignment waits at its first task after the fan-out to %d units", units)
        .isEqualTo(units);
  }

  record Result(Double seconds, double cpuSeconds, Double firstTaskSeconds, long peakHeapMb, Long peakHeapAfterGcMb,
      long reached, long start) {}

  /** Approves a dispatch to all local People's Committees and waits until every assignment waits at its task. */
  Result fanOut(int units) {
    long tasksBefore = receiveTasks();
    String pid = cycle.register(nextIncomingNumber(), LocalDate.of(2025, 1, 24), null);
    cycle.decide(pid, "skhdt", LocalDate.now().plusDays(30));
    cycle.draft(pid, "skhdt.chuyenvien", List.of(item("Triển khai thực hiện Đề án phát triển kinh tế tuần hoàn.",
        OrganisationService.ALL_LOCAL, LocalDate.now().plusDays(20))));
    cycle.submit(pid, "skhdt.lanhdao");
    System.gc();
    try (HeapWatch heap = new HeapWatch()) {
      long start = System.nanoTime();
      long cpuStart = Bench.cpuNanos();
      cycle.approve(pid);
      Double seconds = null;
      Double firstTask = null;
      try {
        await().atMost(LIMIT).pollInterval(Duration.ofMillis(100)).until(() -> receiveTasks() > tasksBefore);
        firstTask = Bench.seconds(start);
        await().atMost(LIMIT).pollInterval(Duration.ofMillis(100)).until(() -> receiveTasks() - tasksBefore >= units);
        seconds = Bench.seconds(start);
      } catch (ConditionTimeoutException e) {
        System.out.println("[bench] fan-out to " + units + " units did not finish within " + LIMIT);
      }
      return new Result(seconds, Bench.seconds(cpuStart, Bench.cpuNanos()), firstTask, heap.peakUsedMb(), heap.peakAfterGcMb(), receiveTasks() - tasksBefore,
          start);
    }
  }

  long receiveTasks() {
    return taskService.createTaskQuery().processDefinitionKey(AssignmentProcess.KEY).taskDefinitionKey(AssignmentProcess.Elements.RECEIVE)
        .count();
  }

  void deployBaseline() {
    BpmnModelInstance model = Bpmn.createExecutableProcess(BASELINE).camundaHistoryTimeToLive(1)
        .startEvent()
        .userTask("Work").camundaCandidateGroups("bench-staff")
        .boundaryEvent("Daily").cancelActivity(false).timerWithCycle("R/P1D")
        .endEvent()
        .moveToActivity("Work").endEvent()
        .done();
    repositoryService.createDeployment().name(BASELINE).addModelInstance(BASELINE + ".bpmn", model).deploy();
  }

  /** The bare engine: N instances of the minimal process, one after another, in this thread. */
  Result baseline(int n) {
    System.gc();
    try (HeapWatch heap = new HeapWatch()) {
      long start = System.nanoTime();
      long cpuStart = Bench.cpuNanos();
      for (int i = 0; i < n; i++) {
        runtimeService.startProcessInstanceByKey(BASELINE);
      }
      return new Result(Bench.seconds(start), Bench.seconds(cpuStart, Bench.cpuNanos()), null, heap.peakUsedMb(), heap.peakAfterGcMb(), n, start);
    }
  }

  /**
   * More communes, bulk-inserted: the unit rows, their two Camunda groups and one leader each with an email address
   * (so every unit's "new task" mail is queued and delivered, as in production); without the groups' Tasklist
   * authorizations, which the fan-out does not read.
   */
  void addLocalUnits(int count) {
    if (count <= 0) {
      return;
    }
    ManyUnits.add(jdbc, localUnits, count);
    localUnits += count;
  }
}
