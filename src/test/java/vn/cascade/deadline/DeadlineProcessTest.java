package vn.cascade.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cascade.support.CycleDriver.item;
import static vn.cascade.support.CycleDriver.nextIncomingNumber;
import static vn.cascade.support.Refusals.refused;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cascade.assignment.AssignmentProcess;
import vn.cascade.assignment.AssignmentRepository;
import vn.cascade.calendar.WorkingDayCalendar;
import vn.cascade.mail.MailKind;
import vn.cascade.mail.MailStatus;
import vn.cascade.mail.OutboxRepository;
import vn.cascade.support.ProcessTestBase;
import vn.cascade.support.TestMailServer;

/**
 * Deadlines enforce themselves: the engine clock moves day by day, the morning check (deadline-check) runs, and the mails that
 * reach the SMTP server (GreenMail) are checked: who, which day, what they say.
 */
class DeadlineProcessTest extends ProcessTestBase {

  static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

  @Autowired WorkingDayCalendar calendar;
  @Autowired RuntimeService runtimeService;
  @Autowired AssignmentRepository assignments;
  @Autowired OutboxRepository outbox;
  @Autowired ExtensionService extensions;

  record Dispatched(String number, String pid, LocalDate due) {}

  /** Sở Tài chính gets one item due in 10 working days; its leader assigns the specialist. */
  Dispatched dispatchedToFinance() {
    LocalDate due = calendar.addWorkingDays(LocalDate.now(VN), 10);
    String directive = cycle.approvedDispatch(nextIncomingNumber(), LocalDate.of(2025, 1, 24),
        List.of(item("Tổng hợp, đánh giá tình hình thực hiện Đề án.", "stc", due)));
    cycle.executeJobs();
    String pid = cycle.assignments(directive).get("stc");
    cycle.complete(pid, AssignmentProcess.Elements.RECEIVE, "stc.lanhdao", Map.of("specialist", "stc.chuyenvien"));
    cycle.executeJobs();
    return new Dispatched((String) runtimeService.getVariable(pid, "dispatchNumber"), pid, due);
  }

  /** The morning check of a day, its timer firing at 09:00 (after its 07:00), then every due job runs. */
  void morningOf(LocalDate day) {
    cycle.morningCheck(day, java.time.LocalTime.of(9, 0));
  }

  static List<MimeMessage> mailsTo(String user, String dispatchNumber, String subjectPart) {
    return Arrays.stream(TestMailServer.get().getReceivedMessages()).filter(m -> {
      try {
        return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
            .anyMatch(a -> a.toString().equals(user + "@kontum.gov.vn"))
            && m.getSubject().contains(dispatchNumber) && m.getSubject().contains(subjectPart);
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  static String body(MimeMessage message) {
    try {
      return message.getContent().toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void remindersOverdueNoticesAndEscalationReachTheRightPeopleOnTheRightWorkingDays() {
    Dispatched d = dispatchedToFinance();

    // four working days before: nothing yet
    morningOf(calendar.addWorkingDays(d.due(), -4));
    assertThat(mailsTo("stc.chuyenvien", d.number(), "Nhắc hạn")).isEmpty();

    // three working days before: the specialist is reminded, once (a second check the same morning does not repeat it)
    morningOf(calendar.addWorkingDays(d.due(), -3));
    morningOf(calendar.addWorkingDays(d.due(), -3));
    List<MimeMessage> reminders = mailsTo("stc.chuyenvien", d.number(), "Nhắc hạn");
    assertThat(reminders).hasSize(1);
    assertThat(body(reminders.get(0))).contains("Còn 3 ngày làm việc").contains("Sở Tài chính")
        .contains("/camunda/app/tasklist/default/#/?task=");
    assertThat(mailsTo("stc.lanhdao", d.number(), "Nhắc hạn")).isEmpty();

    // on the due day
    morningOf(d.due());
    assertThat(mailsTo("stc.chuyenvien", d.number(), "Đến hạn hôm nay")).hasSize(1);

    // the first working day after: overdue, to the specialist and the unit's leader
    morningOf(calendar.addWorkingDays(d.due(), 1));
    assertThat(mailsTo("stc.chuyenvien", d.number(), "Quá hạn")).hasSize(1);
    assertThat(mailsTo("stc.lanhdao", d.number(), "Quá hạn")).hasSize(1);
    assertThat(body(mailsTo("stc.lanhdao", d.number(), "Quá hạn").get(0))).contains("Quá hạn 1 ngày làm việc");

    // three working days overdue: escalation to the Finance coordinator and the provincial leaders (đôn đốc)
    morningOf(calendar.addWorkingDays(d.due(), 3));
    for (String user : List.of("stc.theodoi", "chutich", "phochutich", "stc.lanhdao")) {
      assertThat(mailsTo(user, d.number(), "Đôn đốc")).as(user).hasSize(1);
    }
    assertThat(mailsTo("skhcn.lanhdao", d.number(), "Đôn đốc")).isEmpty();
  }

  @Test
  void newAndReturnedWorkIsMailedWithTheTaskLinkAndTheReason() {
    Dispatched d = dispatchedToFinance();
    assertThat(mailsTo("stc.lanhdao", d.number(), "Nhiệm vụ mới")).hasSize(1);
    assertThat(mailsTo("stc.chuyenvien", d.number(), "Nhiệm vụ mới")).hasSize(1);

    cycle.complete(d.pid(), AssignmentProcess.Elements.CARRY_OUT, "stc.chuyenvien", Map.of("resultText", "Đã tổng hợp số liệu năm 2025."));
    cycle.complete(d.pid(), AssignmentProcess.Elements.REVIEW, "stc.lanhdao",
        Map.of("reviewDecision", "return", "reviewComment", "Bổ sung số liệu quý IV."));
    cycle.executeJobs();

    List<MimeMessage> returned = mailsTo("stc.chuyenvien", d.number(), "Trả lại");
    assertThat(returned).hasSize(1);
    assertThat(body(returned.get(0))).contains("Bổ sung số liệu quý IV.").contains("#/?task=");
  }

  @Test
  void approvedExtensionMovesTheDueDateAndTheReminders() {
    Dispatched d = dispatchedToFinance();
    LocalDate proposed = calendar.addWorkingDays(d.due(), 10);
    Long assignmentId = assignments.findByProcessInstanceId(d.pid()).orElseThrow().getId();

    // the unit asks; an extension to a date before the current one is refused
    cycle.as("stc.lanhdao");
    assertThat(refused(() -> extensions.request(assignmentId, "Chờ số liệu.", d.due().minusDays(1).toString(), null))
        .getMessage()).contains("phải sau hạn hiện tại");
    extensions.request(assignmentId, "Chờ số liệu quyết toán của các huyện.", proposed.toString(), null);
    cycle.asSystem();
    assertThat(cycle.task(d.pid(), AssignmentProcess.Elements.DECIDE_EXTENSION)).isNotNull();

    // the provincial leader approves
    cycle.complete(d.pid(), AssignmentProcess.Elements.DECIDE_EXTENSION, "chutich",
        Map.of("extensionDecision", "approve", "grantedDate", proposed.toString()));
    cycle.executeJobs();

    assertThat(assignments.findByProcessInstanceId(d.pid()).orElseThrow().getDueDate()).isEqualTo(proposed);
    assertThat(cycle.task(d.pid(), AssignmentProcess.Elements.CARRY_OUT).getDueDate())
        .isEqualTo(Date.from(proposed.atTime(23, 59, 59).atZone(VN).toInstant()));
    // the forms show the new date (info.dueDateText), the rest of what they show stays
    Map<String, Object> info = vn.cascade.common.JsonVariables.object(
        runtimeService.getVariableTyped(d.pid(), "info"));
    assertThat(info.get("dueDateText")).isEqualTo(vn.cascade.common.Dates.vn(proposed));
    assertThat(info).containsKeys("dispatchSummary", "unitItems", "specialistOptions");
    assertThat(mailsTo("stc.lanhdao", d.number(), "Đồng ý gia hạn")).hasSize(1);

    // the old due date passes without an overdue notice; the reminders follow the new one
    morningOf(calendar.addWorkingDays(d.due(), 1));
    assertThat(mailsTo("stc.chuyenvien", d.number(), "Quá hạn")).isEmpty();
    morningOf(calendar.addWorkingDays(proposed, -3));
    assertThat(body(mailsTo("stc.chuyenvien", d.number(), "Nhắc hạn").get(0))).contains("Còn 3 ngày làm việc");
  }

  @Test
  void refusedExtensionNeedsAReasonAndKeepsTheDueDate() {
    Dispatched d = dispatchedToFinance();
    Long assignmentId = assignments.findByProcessInstanceId(d.pid()).orElseThrow().getId();
    cycle.as("stc.chuyenvien");
    extensions.request(assignmentId, "Khối lượng lớn.", null, 5);
    cycle.asSystem();

    assertThat(refused(() -> cycle.complete(d.pid(), AssignmentProcess.Elements.DECIDE_EXTENSION, "chutich",
        Map.of("extensionDecision", "refuse"))).getMessage()).contains("nêu lý do");
    cycle.complete(d.pid(), AssignmentProcess.Elements.DECIDE_EXTENSION, "chutich",
        Map.of("extensionDecision", "refuse", "extensionComment", "Nhiệm vụ cần báo cáo đúng hạn."));
    cycle.executeJobs();

    assertThat(assignments.findByProcessInstanceId(d.pid()).orElseThrow().getDueDate()).isEqualTo(d.due());
    assertThat(body(mailsTo("stc.chuyenvien", d.number(), "Không đồng ý gia hạn").get(0)))
        .contains("Nhiệm vụ cần báo cáo đúng hạn.");
  }

  @Test
  void anotherUnitCannotAskForAnExtension() {
    Dispatched d = dispatchedToFinance();
    Long assignmentId = assignments.findByProcessInstanceId(d.pid()).orElseThrow().getId();
    cycle.as("sct.lanhdao");
    try {
      org.assertj.core.api.Assertions.assertThatThrownBy(() ->
              extensions.request(assignmentId, "x", null, 5))
          .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
    } finally {
      cycle.asSystem();
    }
  }

  @Test
  void remindersDueWhileTheMailServerIsDownArriveExactlyOnceWhenItIsBack() {
    // given a dispatch to every unit: 16 leaders have a task due in 10 working days
    LocalDate due = calendar.addWorkingDays(LocalDate.now(VN), 10);
    String directive = cycle.approvedDispatch(nextIncomingNumber(), LocalDate.of(2025, 1, 24),
        List.of(item("Các sở, ngành và địa phương triển khai Đề án.", "ALL", due)));
    cycle.executeJobs();
    Map<String, String> units = cycle.assignments(directive);
    String number = (String) runtimeService.getVariable(units.get("stc"), "dispatchNumber");

    // when the reminders fall due while the SMTP server is down
    LocalDate reminderDay = calendar.addWorkingDays(due, -3);
    TestMailServer.stop();
    try {
      cycle.startMorningCheck(reminderDay, java.time.LocalTime.of(9, 0));
      // the check's chunk queues the 16 reminders in one delivery batch, whose job fails
      assertThat(cycle.executeJobsAllowingFailures()).isGreaterThanOrEqualTo(1);
    } finally {
      TestMailServer.start();
    }
    assertThat(outbox.findAll()).filteredOn(m -> m.getKind() == MailKind.REMINDER && m.getSubject().contains(number))
        .hasSize(16).allSatisfy(m -> assertThat(m.getStatus()).isEqualTo(MailStatus.PENDING));

    // and the server is back before the retries are spent
    ClockUtil.setCurrentTime(Date.from(reminderDay.atTime(9, 10).atZone(VN).toInstant()));
    cycle.executeJobs();

    // then every leader has exactly one reminder: nothing lost, nothing twice
    for (String unit : units.keySet()) {
      assertThat(mailsTo(unit + ".lanhdao", number, "Nhắc hạn")).as(unit).hasSize(1);
    }
    assertThat(outbox.findAll()).filteredOn(m -> m.getKind() == MailKind.REMINDER && m.getSubject().contains(number))
        .allSatisfy(m -> assertThat(m.getStatus()).isEqualTo(MailStatus.SENT));
  }

  @Test
  void mailsQueuedWhileTheMailServerIsDownGoOutOnceWhenItIsBack() {
    // given the SMTP server is down when a dispatch reaches every unit (16 leaders are mailed)
    TestMailServer.stop();
    String directive;
    try {
      directive = cycle.approvedDispatch(nextIncomingNumber(), LocalDate.of(2025, 1, 24), List.of(
          item("Các sở, ngành và địa phương triển khai Đề án.", "ALL", calendar.addWorkingDays(LocalDate.now(VN), 10))));
      // numbering and fan-out run; every delivery job (one per batch of mails) fails and waits for its retry
      int failed = cycle.executeJobsAllowingFailures();
      assertThat(failed).isPositive();
    } finally {
      TestMailServer.start();
    }
    Map<String, String> units = cycle.assignments(directive);
    String number = (String) runtimeService.getVariable(units.get("stc"), "dispatchNumber");
    assertThat(outbox.findAll()).filteredOn(m -> m.getSubject().contains(number))
        .allSatisfy(m -> assertThat(m.getStatus()).isEqualTo(MailStatus.PENDING));

    // when the retry interval has passed and the server is back
    ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + 5 * 60_000));
    cycle.executeJobs();

    // then every leader got exactly one mail, nothing lost, nothing twice
    for (String unit : units.keySet()) {
      assertThat(mailsTo(unit + ".lanhdao", number, "Nhiệm vụ mới")).as(unit).hasSize(1);
    }
    assertThat(outbox.findAll()).filteredOn(m -> m.getSubject().contains(number))
        .hasSize(16)
        .allSatisfy(m -> {
          assertThat(m.getStatus()).isEqualTo(MailStatus.SENT);
          // the first mail of a batch failed once (the rest of its batch waited for the retry), then went out
          assertThat(m.getAttempts()).isBetween(1, 2);
          assertThat(m.getKind()).isEqualTo(MailKind.ASSIGNED);
        });
  }
}
