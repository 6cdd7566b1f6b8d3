package vn.cascade.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The plugin and the expression bean inside a real (in-memory) process engine. */
class WorkingDayCalendarPluginTest {

    private static ProcessEngine engine;
    private static ProcessEngineConfigurationImpl configuration;

    @BeforeAll
    static void buildEngine() {
        WorkingDayCalendar calendar = new WorkingDayCalendar(HolidayTable.shipped());
        configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
                .createStandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl("jdbc:h2:mem:working-days-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP)
                .setJobExecutorActivate(false)
                .setHistory(ProcessEngineConfiguration.HISTORY_NONE)
                .setProcessEngineName("working-days-test");
        configuration.getProcessEnginePlugins().add(new WorkingDayCalendarPlugin(calendar));
        configuration.setBeans(Map.of("workingDays", new WorkingDays(calendar)));
        configuration.setMetricsEnabled(false);
        engine = configuration.buildProcessEngine();
    }

    @AfterAll
    static void closeEngine() {
        if (engine != null) {
            engine.close();
        }
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void pluginRegistersNamedCalendarAndKeepsDefaults() {
        BusinessCalendar workingDays = configuration.getBusinessCalendarManager()
                .getBusinessCalendar(WorkingDayBusinessCalendar.NAME);
        assertThat(workingDays).isInstanceOf(WorkingDayBusinessCalendar.class);
        assertThat(configuration.getBusinessCalendarManager().getBusinessCalendar(DueDateBusinessCalendar.NAME))
                .isInstanceOf(DueDateBusinessCalendar.class);

        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-02-13T03:00:00Z"))); // Fri before Tết 2026
        assertThat(workingDays.resolveDuedate("P1D").toInstant()).isEqualTo(Instant.parse("2026-02-23T16:59:59Z"));
    }

    @Test
    void bpmnUsesTheExpressionBeanForTaskDueDateAndTimer() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("workingDaysProcess")
                .startEvent()
                .userTask("handle").camundaDueDate("${workingDays.dueDate(1)}")
                .boundaryEvent("remind").cancelActivity(false).timerWithDate("${workingDays.dueIso(3)}")
                .endEvent()
                .moveToActivity("handle")
                .endEvent()
                .done();
        engine.getRepositoryService().createDeployment().addModelInstance("working-days.bpmn", model).deploy();

        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-02-12T03:00:00Z"))); // Thu 12/2/2026, 10:00 local
        String id = engine.getRuntimeService().startProcessInstanceByKey("workingDaysProcess").getId();

        Task task = engine.getTaskService().createTaskQuery().processInstanceId(id).singleResult();
        assertThat(task.getDueDate().toInstant()).isEqualTo(Instant.parse("2026-02-13T16:59:59Z"));
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(id).timers().singleResult();
        // Fri 13/2 (1), Tết 14-22/2, Mon 23/2 (2), Tue 24/2 (3)
        assertThat(timer.getDuedate().toInstant()).isEqualTo(Instant.parse("2026-02-24T16:59:59Z"));
    }
}
