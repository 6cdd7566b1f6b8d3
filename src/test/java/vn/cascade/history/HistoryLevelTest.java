package vn.cascade.history;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cascade.support.CycleDriver.item;
import static vn.cascade.support.CycleDriver.nextIncomingNumber;

import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cascade.assignment.AssignmentProcess;
import vn.cascade.support.ProcessTestBase;

/** History level cascade-full: the engine's full history without a detail row per variable write. */
class HistoryLevelTest extends ProcessTestBase {

  @Autowired HistoryService historyService;
  @Autowired RuntimeService runtimeService;

  @Test
  void aUnitsWorkLeavesItsHistoryButNoDetailRowPerVariableWrite() {
    // given a dispatch to Sở Tài chính, fanned out, and the leader assigning a specialist through Tasklist's form
    String directive = cycle.approvedDispatch(nextIncomingNumber(), LocalDate.of(2025, 1, 24),
        List.of(item("Chủ trì tổng hợp, đánh giá tình hình thực hiện Đề án.", "stc", LocalDate.now().plusDays(20))));
    cycle.executeJobs();
    String pid = cycle.assignments(directive).get("stc");

    // when the leader completes the task with form values (variables written a second time included)
    cycle.complete(pid, AssignmentProcess.Elements.RECEIVE, "stc.lanhdao",
        Map.of("specialist", "stc.chuyenvien", "leaderNote", "Đề nghị triển khai.", "handling", "self"));

    // then the engine runs at cascade-full
    assertThat(((ProcessEngineImpl) engine).getProcessEngineConfiguration().getHistoryLevel().getName())
        .isEqualTo(CascadeHistoryLevel.NAME);
    // and the instance's history is there: activities, the completed task, the variables people decided with, with
    // their latest value, and who completed the task (user operation log)
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(pid).activityId(AssignmentProcess.Elements.RECEIVE)
        .finished().count()).isEqualTo(1);
    assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(pid).finished().singleResult()
        .getDeleteReason()).isEqualTo("completed");
    assertThat(historicValue(pid, "handling")).isEqualTo("self");
    assertThat(historicValue(pid, "specialist")).isEqualTo("stc.chuyenvien");
    assertThat(historyService.createUserOperationLogQuery().processInstanceId(pid).userId("stc.lanhdao")
        .operationType("Complete").count()).isPositive();
    // the copies of Cascade's records (references, due date, what the forms show) are there at runtime, without
    // history of their own; the directive's own variables of the same names (its draft, which people wrote) keep
    // theirs
    for (String copy : AssignmentProcess.Vars.RECORD_COPIES) {
      assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(pid).variableName(copy)
          .count()).as(copy).isZero();
    }
    assertThat(runtimeService.getVariables(pid)).containsKeys("unitCode", "dispatchId", "assignmentId", "dueDate",
        "unitName", "dispatchNumber", "info");
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(directive)
        .variableName("dispatchSummary").count()).isEqualTo(1);
    // but no detail row for each variable write or form field
    assertThat(historyService.createHistoricDetailQuery().processInstanceId(pid).count()).isZero();
  }

  @Test
  void aDatabaseKeptAtFullIsSwitchedOnceAndOthersAreLeftAlone() throws Exception {
    // given three databases: one kept at full, one at audit, one without Camunda's tables yet
    JdbcDataSource full = h2("history-full");
    JdbcDataSource audit = h2("history-audit");
    JdbcDataSource empty = h2("history-empty");
    for (var entry : Map.of(full, 3, audit, 2).entrySet()) {
      try (Connection connection = entry.getKey().getConnection(); Statement sql = connection.createStatement()) {
        sql.execute("create table ACT_GE_PROPERTY (NAME_ varchar(64) primary key, VALUE_ varchar(300), REV_ int)");
        sql.execute("insert into ACT_GE_PROPERTY values ('historyLevel', '" + entry.getValue() + "', 1)");
      }
    }

    // when the engine starts on each of them at cascade-full
    HistoryLevelPlugin.fromFull(full, "");
    HistoryLevelPlugin.fromFull(audit, "");
    HistoryLevelPlugin.fromFull(empty, "");

    // then the full one now says cascade-full; the audit one keeps its level, so the engine refuses to start on it
    // (it has less history than cascade-full would claim); the empty one is left for the engine to create
    assertThat(level(full)).isEqualTo(String.valueOf(CascadeHistoryLevel.ID));
    assertThat(level(audit)).isEqualTo("2");
    assertThat(new JdbcTemplate(empty).queryForObject("select count(*) from INFORMATION_SCHEMA.TABLES "
        + "where TABLE_NAME = 'ACT_GE_PROPERTY'", Integer.class)).isZero();
  }

  Object historicValue(String pid, String name) {
    return historyService.createHistoricVariableInstanceQuery().processInstanceId(pid).variableName(name)
        .singleResult().getValue();
  }

  static JdbcDataSource h2(String name) {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    dataSource.setUser("sa");
    return dataSource;
  }

  static String level(JdbcDataSource dataSource) {
    return new JdbcTemplate(dataSource).queryForObject(
        "select VALUE_ from ACT_GE_PROPERTY where NAME_ = 'historyLevel'", String.class);
  }
}
