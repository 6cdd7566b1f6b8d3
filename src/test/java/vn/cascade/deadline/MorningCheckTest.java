package vn.cascade.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cascade.support.CycleDriver.item;
import static vn.cascade.support.CycleDriver.nextIncomingNumber;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cascade.assignment.AssignmentProcess;
import vn.cascade.calendar.WorkingDayCalendar;
import vn.cascade.mail.MailDigestProcess;
import vn.cascade.mail.MailKind;
import vn.cascade.mail.MailStatus;
import vn.cascade.mail.OutboxMail;
import vn.cascade.mail.OutboxRepository;
import vn.cascade.support.ProcessTestBase;
import vn.cascade.support.TestMailServer;

/**
 * The morning check (deadline-check) with the digest on, as in production: a morning's reminder, overdue notice
 * and escalations reach the right people exactly once (GreenMail), complete in the digest even when the check's
 * chunks run after the digest time, and a rerun of the check on the same morning sends nothing twice.
 */
@TestPropertySource(properties = "cascade.mail.digest=true")
class MorningCheckTest extends ProcessTestBase {

  static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
  static final List<String> MORNING_SUBJECTS = List.of(MailKind.REMINDER.label(), MailKind.OVERDUE.label(),
      MailKind.ESCALATION.label(), MailKind.DIGEST.label());

  @Autowired WorkingDayCalendar calendar;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired OutboxRepository outbox;
  @Autowired MorningCheck check;
  @Autowired TransactionTemplate transactions;
  @Autowired TimedTasks timedTasks;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  /** A dispatch whose units' tasks, on {@code morning}, are: reminded (stc), overdue (sct), escalated (skhcn, sgtvt). */
  record Morning(LocalDate day, String number, Map<String, String> units) {}

  Morning dispatch() {
    LocalDate morning = calendar.addWorkingDays(LocalDate.now(VN), 20);
    String directive = cycle.approvedDispatch(nextIncomingNumber(), LocalDate.of(2025, 1, 24), List.of(
        item("Báo cáo tình hình thực hiện.", "stc", calendar.addWorkingDays(morning, 3)),
        item("Rà soát danh mục dự án.", "sct", calendar.addWorkingDays(morning, -1)),
        item("Đánh giá kết quả chuyển đổi số.", "skhcn", calendar.addWorkingDays(morning, -3)),
        item("Kiểm tra hạ tầng giao thông.", "sgtvt", calendar.addWorkingDays(morning, -3))));
    cycle.executeJobs();
    Map<String, String> units = cycle.assignments(directive);
    return new Morning(morning, (String) runtimeService.getVariable(units.get("stc"), "dispatchNumber"), units);
  }

  /** The morning's mails (reminders, overdue notices, escalations, digests) to {@code user} about the dispatch. */
  static List<MimeMessage> morningMails(String user, String number) {
    return Arrays.stream(TestMailServer.get().getReceivedMessages()).filter(m -> {
      try {
        String subject = m.getSubject();
        return m.getRecipients(Message.RecipientType.TO)[0].toString().equals(user + "@kontum.gov.vn")
            && MORNING_SUBJECTS.stream().anyMatch(subject::contains)
            && (subject.contains(number) || m.getContent().toString().contains(number));
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String body(MimeMessage message) {
    try {
      return message.getContent().toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  String taskId(Morning m, String unit) {
    return cycle.task(m.units().get(unit), AssignmentProcess.Elements.RECEIVE).getId();
  }

  List<OutboxMail> notices(Morning m) {
    return outbox.findAll().stream().filter(o -> o.getKind().digestible()
        && m.units().containsValue(o.getProcessInstanceId())).toList();
  }

  void at(LocalDate day, LocalTime time) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(time).atZone(VN).toInstant()));
  }

  /**
   * The one morning mail of {@code user} about the dispatch: the notice itself, or the digest of all the person's
   * notices that morning (other tests' tasks may add to it); either way with the link to each expected task.
   */
  void hasOnce(String user, MailKind kind, Morning m, String... units) {
    assertThat(morningMails(user, m.number())).as(user).singleElement().satisfies(mail -> {
      String subject = subject(mail);
      assertThat(subject.contains(kind.label())
          || subject.contains(MailKind.DIGEST.label()) && body(mail).contains(kind.label())).as(subject).isTrue();
      for (String unit : units) {
        assertThat(body(mail)).contains("#/?task=" + taskId(m, unit));
      }
    });
  }

  /** Exactly one mail each, to the right people, with everything of the morning in it. */
  void everyoneHasTheirMorningOnce(Morning m) {
    hasOnce("stc.lanhdao", MailKind.REMINDER, m, "stc");
    hasOnce("sct.lanhdao", MailKind.OVERDUE, m, "sct");
    hasOnce("skhcn.lanhdao", MailKind.ESCALATION, m, "skhcn");
    hasOnce("sgtvt.lanhdao", MailKind.ESCALATION, m, "sgtvt");
    // the coordinator and the provincial leaders: both escalations in their one digest
    for (String user : List.of("stc.theodoi", "chutich", "phochutich")) {
      hasOnce(user, MailKind.ESCALATION, m, "skhcn", "sgtvt");
      assertThat(subject(morningMails(user, m.number()).get(0))).contains(MailKind.DIGEST.label());
    }
    assertThat(morningMails("skhdt.lanhdao", m.number())).isEmpty();
    // 1 reminder + 1 overdue (assignee and unit leader are the same person) + 2 x 4 escalations
    assertThat(notices(m)).hasSize(10).allSatisfy(n -> assertThat(n.getStatus())
        .isIn(MailStatus.SENT, MailStatus.IN_DIGEST));
  }

  @Test
  void whenTheCheckRunsPastTheDigestTimeTheDigestWaitsForItsLastChunk() {
    Morning m = dispatch();

    // 07:00: the check has planned its chunks; they are held back (a long morning) until 07:45
    String checkId = cycle.startMorningCheck(m.day(), LocalTime.of(7, 0));
    assertThat(runtimeService.getActivityInstance(checkId).getChildActivityInstances())
        .extracting(a -> a.getActivityId()).contains(DeadlineCheckProcess.Elements.CHECK_CHUNK + "#multiInstanceBody");
    at(m.day(), LocalTime.of(7, 45));
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(MailDigestProcess.KEY)
        .superProcessInstanceId(checkId).count()).isZero();
    assertThat(notices(m)).isEmpty();

    // the chunks run at 07:45; the digest follows the last one at once (its time has passed)
    cycle.executeJobs();

    everyoneHasTheirMorningOnce(m);
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(MailDigestProcess.KEY)
        .superProcessInstanceId(checkId).finished().count()).isEqualTo(1);

    // a rerun of the check the same morning (a second instance, every chunk again) queues and sends nothing
    int received = TestMailServer.get().getReceivedMessages().length;
    String rerun = cycle.startMorningCheck(m.day(), LocalTime.of(8, 0));
    cycle.executeJobs();
    HistoricVariableInstance checked = historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(rerun).variableName(DeadlineCheckProcess.CHECKED_TOTAL.name()).singleResult();
    assertThat((Integer) checked.getValue()).isGreaterThanOrEqualTo(4);
    HistoricVariableInstance queued = historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(rerun).variableName(DeadlineCheckProcess.QUEUED_TOTAL.name()).singleResult();
    assertThat(queued.getValue()).isEqualTo(0);
    // and so does one chunk run again on its own
    List<String> chunks = check.plan(m.day());
    assertThat(chunks).isNotEmpty();
    for (String chunk : chunks) {
      assertThat(transactions.execute(s -> check.check(chunk, m.day())).queued()).isZero();
    }
    cycle.executeJobs();
    assertThat(TestMailServer.get().getReceivedMessages()).hasSize(received);
    everyoneHasTheirMorningOnce(m);
  }

  @Test
  void aQuickCheckHoldsTheMorningsNoticesUntilTheDigestTime() {
    Morning m = dispatch();

    // 07:00: every chunk runs at once; the notices wait in the outbox for the 07:30 digest
    cycle.morningCheck(m.day(), LocalTime.of(7, 0));
    assertThat(notices(m)).hasSize(10)
        .allSatisfy(n -> assertThat(n.getStatus()).isEqualTo(MailStatus.DIGEST_PENDING));
    at(m.day(), LocalTime.of(7, 29));
    cycle.executeJobs();
    assertThat(morningMails("chutich", m.number())).isEmpty();
    assertThat(morningMails("stc.lanhdao", m.number())).isEmpty();

    at(m.day(), LocalTime.of(7, 31));
    cycle.executeJobs();
    everyoneHasTheirMorningOnce(m);
  }

  @Test
  void onADayOffThereIsNothingToCheck() {
    dispatch();
    LocalDate dayOff = LocalDate.now(VN).plusDays(1);
    while (calendar.isWorkingDay(dayOff)) {
      dayOff = dayOff.plusDays(1);
    }
    assertThat(check.plan(dayOff)).isEmpty();
    assertThat(check.plan(calendar.addWorkingDays(dayOff, 1))).isNotEmpty();
  }

  @Test
  void openTasksCreatedBeforeTheRegisterAreRegisteredAtStartUp() {
    Morning m = dispatch();
    String task = taskId(m, "stc");
    String registered = "select count(*) from timed_task where task_id = ? and due_date = ?";
    LocalDate due = calendar.addWorkingDays(m.day(), 3);
    assertThat(jdbc.queryForObject(registered, Long.class, task, java.sql.Date.valueOf(due))).isEqualTo(1);
    // as if the task had been created before the register existed
    jdbc.update("delete from timed_task where task_id = ?", task);
    timedTasks.registerOpenTasks();
    assertThat(jdbc.queryForObject(registered, Long.class, task, java.sql.Date.valueOf(due))).isEqualTo(1);
    timedTasks.registerOpenTasks();
    assertThat(jdbc.queryForObject("select count(*) from timed_task where task_id = ?", Long.class, task))
        .isEqualTo(1);
  }
}
