package vn.cascade.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.cascade.assignment.AssignmentProcess;
import vn.cascade.directive.DirectiveProcess;
import vn.cascade.reporting.ReportRequestProcess;
import vn.cascade.reporting.UnitReportProcess;
import vn.cascade.support.Api;

/**
 * The real Camunda Tasklist in headless Debian Chromium, clicked through as the users would: the provincial leader
 * gives a registered directive to Sở Kế hoạch và Đầu tư (after a refused, too late draft deadline), the clerk sees
 * a duplicate registration refused, the department's specialist drafts the dispatch, and another unit's leader does
 * not see any of it.
 *
 * <p>Runs only in Maven profile {@code browser} ({@code ./mvnw -Pbrowser verify}). Needs {@code /usr/bin/chromium}
 * and {@code /usr/bin/chromedriver} ({@code apt-get install -y chromium chromium-driver}); without them it fails,
 * it does not skip. Screenshots of each form, and of the page on failure, go to {@code target/browser/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=true"})
@ActiveProfiles({"test", "demo"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(TasklistBrowserIT.ScreenshotOnFailure.class)
class TasklistBrowserIT {

  static final File CHROMIUM = new File("/usr/bin/chromium");
  static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
  static final Path SHOTS = Path.of("target", "browser");
  static final Duration WAIT = Duration.ofSeconds(30);
  static final ObjectMapper JSON = new ObjectMapper();

  static final String DECIDE = "Cho ý kiến chỉ đạo, giao cơ quan tham mưu";
  static final String DRAFT = "Soạn thảo văn bản giao nhiệm vụ";
  static final String SUBMIT = "Lãnh đạo cơ quan tham mưu trình";
  static final String MY_TASKS = "Việc của tôi";
  static final String UNIT_TASKS = "Việc của đơn vị";
  static final String OVERDUE = "Quá hạn";
  static final String SKHDT = "Sở Kế hoạch và Đầu tư";
  static final String STC = "Sở Tài chính";

  /** Selenium's CDP-version warnings (Debian's Chromium is newer than Selenium's CDP bindings) are noise here. */
  static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

  static WebDriver driver;
  static Path profileDir;

  /** Shared across the ordered steps. */
  static String incomingNumber;
  static String directivePid;
  static final LocalDate CENTRAL_DEADLINE = LocalDate.now().plusDays(90);
  static final LocalDate ITEM_DUE = LocalDate.now().plusDays(30);
  static final String ITEM_TEXT =
      "Tiếp tục triển khai có hiệu quả các nhiệm vụ, giải pháp thực hiện Đề án phát triển kinh tế tuần hoàn.";
  static final String RECEIVE = "Tiếp nhận, phân công chuyên viên";

  @Autowired vn.cascade.support.CycleDriver cycle;
  @Autowired org.camunda.bpm.engine.RuntimeService runtimeService;

  @LocalServerPort int port;

  @BeforeAll
  static void startBrowser() throws IOException {
    if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
      fail("The browser tests need Debian's Chromium and its driver at " + CHROMIUM + " and " + CHROMEDRIVER
          + "; install them with: apt-get install -y chromium chromium-driver");
    }
    SELENIUM_LOG.setLevel(Level.SEVERE);
    Files.createDirectories(SHOTS);
    try (Stream<Path> old = Files.list(SHOTS)) {
      old.forEach(p -> p.toFile().delete());
    }
    profileDir = Files.createTempDirectory("cascade-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.getPath());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--window-size=1400,1100", "--lang=vi-VN", "--user-data-dir=" + profileDir);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER)
        .usingAnyFreePort()
        .build();
    driver = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stopBrowser() throws IOException {
    if (driver != null) {
      driver.quit();
      driver = null;
    }
    if (profileDir != null) {
      try (Stream<Path> files = Files.walk(profileDir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @BeforeEach
  void browserIsThere() {
    assertThat(driver).as("the browser did not start (see the first failure)").isNotNull();
  }

  // ------------------------------------------------------------------------------------------------ the scenario

  @Test
  @Order(1)
  void leaderGivesTheDirectiveToTheAdvisoryUnit() {
    incomingNumber = (System.currentTimeMillis() % 90_000 + 10_000) + "/VPCP-KTTH";
    Api.Response registered = Api.as(port, "vanthu").postJson("/api/directives", Map.of(
        "incomingNumber", incomingNumber,
        "incomingDate", "2025-01-24",
        "incomingIssuer", "VPCP",
        "incomingType", "CONG_VAN",
        "incomingSummary", "V/v tình hình thực hiện Đề án phát triển kinh tế tuần hoàn",
        "centralDeadline", CENTRAL_DEADLINE.toString()));
    assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    directivePid = registered.json().get("processInstanceId").asText();

    login("chutich");
    openFilter(UNIT_TASKS);
    openTask(DECIDE, directiveTaskId(DirectiveProcess.Elements.DECIDE));
    assertThat(formLabels()).contains("Văn bản đến của Trung ương", "Số, ký hiệu văn bản đến", "Cơ quan tham mưu",
        "Hạn trình dự thảo", "Ý kiến chỉ đạo");
    assertThat(inputValue("input[id$='Field_incomingNumber']")).isEqualTo(incomingNumber);
    claim();

    // the advisory unit select offers exactly the departments of the Json variable unitOptions
    List<String> offered = selectOptions("input[id$='Field_advisoryUnit']");
    assertThat(offered).contains(SKHDT, STC).doesNotContain("Văn phòng Chính phủ");
    assertThat(offered).containsExactlyInAnyOrderElementsOf(unitOptionLabels());
    choose("input[id$='Field_advisoryUnit']", SKHDT);

    // a draft deadline after the centre's deadline: Tasklist sends it, the server refuses it in Vietnamese
    typeDate("input[id$='Field_draftDeadline-date']", CENTRAL_DEADLINE.plusDays(5));
    type("textarea[id$='Field_leaderInstruction']", "Giao Sở Kế hoạch và Đầu tư chủ trì tham mưu.");
    screenshot("1-decide-form");
    complete();
    String refusal = notification("muộn hơn thời hạn Trung ương yêu cầu");
    screenshot("1-decide-refused");
    assertThat(refusal).contains("Hạn trình dự thảo " + vn(CENTRAL_DEADLINE.plusDays(5)))
        .contains(vn(CENTRAL_DEADLINE));
    assertThat(openTaskKeys()).containsExactly(DirectiveProcess.Elements.DECIDE);
    dismissNotifications();

    // corrected, it goes through: the task leaves the list and the process waits for the department's draft
    LocalDate draftDeadline = LocalDate.now().plusDays(10);
    typeDate("input[id$='Field_draftDeadline-date']", draftDeadline);
    complete();
    awaitTaskGoneFromList(DECIDE);
    await().atMost(WAIT).untilAsserted(() -> assertThat(openTaskKeys()).containsExactly(DirectiveProcess.Elements.DRAFT));
    assertThat(variable("advisoryUnit")).isEqualTo("skhdt");
    assertThat(variable("draftDeadline")).isEqualTo(draftDeadline.toString());
  }

  @Test
  @Order(2)
  void clerkSeesADuplicateRegistrationRefusedInVietnamese() {
    assertThat(incomingNumber).as("the directive of step 1").isNotNull();
    login("vanthu");
    click(By.xpath("//a[contains(normalize-space(.),'Bắt đầu quy trình')]"));
    WebElement process = waitFor(By.xpath(
        "//div[contains(@class,'modal')]//a[contains(normalize-space(.),'Tiếp nhận văn bản chỉ đạo và giao nhiệm vụ')]"));
    process.click();
    waitFor(By.cssSelector(".modal input[id$='Field_incomingNumber']"));

    type(".modal input[id$='Field_incomingNumber']", incomingNumber);
    typeDate(".modal input[id$='Field_incomingDate-date']", LocalDate.of(2025, 1, 24));
    choose(".modal [id$='Field_incomingIssuer-display']", "Văn phòng Chính phủ");
    choose(".modal [id$='Field_incomingType-display']", "Công văn");
    type(".modal textarea[id$='Field_incomingSummary']", "V/v tình hình thực hiện Đề án phát triển kinh tế tuần hoàn");
    screenshot("2-register-form");
    WebElement start = waitFor(ExpectedConditions.elementToBeClickable(
        By.cssSelector(".modal-footer button.btn-primary")));
    start.click();

    String refusal = notification("đã được đăng ký");
    screenshot("2-register-refused");
    assertThat(refusal).contains("Văn bản số " + incomingNumber + " của Văn phòng Chính phủ năm 2025 đã được đăng ký.");
    assertThat(Api.as(port, "admin").get("/engine-rest/process-instance?processDefinitionKey=directive").json())
        .as("the refused registration starts nothing").hasSize(1);
    click(By.cssSelector(".modal-footer button[ng-click='$dismiss()']"));
    waitGone(By.cssSelector(".modal"));
  }

  @Test
  @Order(3)
  void specialistDraftsTheDispatch() {
    assertThat(directivePid).as("the directive of step 1").isNotNull();
    login("skhdt.chuyenvien");
    openFilter(UNIT_TASKS);
    openTask(DRAFT, directiveTaskId(DirectiveProcess.Elements.DRAFT));
    assertThat(formLabels()).contains("Trích yếu (V/v ...)", "Ký hiệu đơn vị soạn thảo", "Nhiệm vụ 1",
        "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Hạn hoàn thành", "Đơn vị phối hợp");
    claim();

    type("textarea[id$='Field_dispatchSummary']",
        "V/v triển khai Công văn số " + incomingNumber + " ngày 24 tháng 01 năm 2025 của Văn phòng Chính phủ");
    type("input[id$='Field_dispatchSymbol']", "KTTH");
    type("textarea[id$='Field_item1_text']", ITEM_TEXT);
    List<String> leads = selectOptions("input[id$='Field_item1_leadUnit']");
    assertThat(leads).contains(STC, SKHDT, "Tất cả các sở, ban, ngành");
    choose("input[id$='Field_item1_leadUnit']", STC);
    LocalDate due = ITEM_DUE;
    typeDate("input[id$='Field_item1_dueDate-date']", due);
    screenshot("3-draft-form");

    WebElement button = completeButton();
    try {
      new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(button));
    } catch (TimeoutException e) {
      fail("The draft form is filled in completely (" + fieldValues() + ") but Tasklist keeps its Complete button "
          + "disabled, so the specialist cannot submit the draft. form-js reports these errors: " + formJsErrors()
          + " (Camunda 7 Tasklist treats any key in form-js's errors as invalid; the fields of the dynamic list "
          + "\"Các nhiệm vụ giao\" leave empty error entries behind).");
    }
    complete();
    awaitTaskGoneFromList(DRAFT);
    await().atMost(WAIT).untilAsserted(() -> assertThat(openTaskKeys()).containsExactly(DirectiveProcess.Elements.SUBMIT));
    assertThat(variable("dispatchSymbol")).isEqualTo("KTTH");
    JsonNode item = jsonVariable("items").get(0);
    assertThat(item.get("leadUnit").asText()).isEqualTo("stc");
    assertThat(item.get("dueDate").asText()).startsWith(due.toString());
  }

  @Test
  @Order(4)
  void anotherUnitDoesNotSeeTheDirective() {
    assertThat(directivePid).as("the directive of step 1").isNotNull();
    List<String> taskIds = Api.as(port, "admin").get("/engine-rest/task?processInstanceId=" + directivePid).json()
        .findValuesAsText("id");
    assertThat(taskIds).as("the directive has an open task").isNotEmpty();

    login("stc.lanhdao");
    for (String filter : List.of(MY_TASKS, UNIT_TASKS, OVERDUE)) {
      openFilter(filter);
      await().during(Duration.ofSeconds(2)).atMost(WAIT).untilAsserted(() -> {
        String links = String.join(" ", listedTaskLinks());
        taskIds.forEach(id -> assertThat(links).as("filter %s", filter).doesNotContain(id));
        assertThat(listedTaskNames()).as("filter %s", filter).doesNotContain(DECIDE, DRAFT, SUBMIT);
      });
    }
    screenshot("4-stc-lanhdao-lists");

    // and opening the task by its address shows no form, and says why in Vietnamese
    driver.get(tasklist() + "#/?task=" + taskIds.get(0));
    String message = notification("không thuộc quyền xử lý của bạn");
    assertThat(message).contains("Việc không còn mở").contains("mã việc " + taskIds.get(0))
        .doesNotContain("No matching task");
    assertThat(driver.findElements(By.cssSelector(".task-details .fjs-form"))).isEmpty();
    screenshot("4-stc-lanhdao-direct-link");
  }

  @Test
  @Order(5)
  void unitLeaderReceivesTheAssignmentAndPicksASpecialist() {
    assertThat(directivePid).as("the directive of step 3").isNotNull();
    // the department's leader submits the draft and the provincial leader approves it: the dispatch fans out
    cycle.submit(directivePid, "skhdt.lanhdao");
    cycle.approve(directivePid);
    cycle.asSystem();
    String assignmentPid = await().atMost(WAIT).until(() -> cycle.assignments(directivePid).get("stc"),
        pid -> pid != null);
    String taskId = await().atMost(WAIT).until(() -> {
      JsonNode tasks = Api.as(port, "admin")
          .get("/engine-rest/task?processInstanceId=" + assignmentPid + "&taskDefinitionKey=ReceiveTask").json();
      return tasks.isEmpty() ? null : tasks.get(0).get("id").asText();
    }, id -> id != null);

    login("stc.lanhdao");
    openFilter(UNIT_TASKS);
    openTask(RECEIVE, taskId);
    // the dispatch, the due date and the unit's item come from the instance's one "info" variable (path keys)
    assertThat(inputValue("textarea[id$='Field_dispatchSummary']"))
        .startsWith("V/v triển khai Công văn số " + incomingNumber);
    assertThat(inputValue("input[id$='Field_dueDateText']")).isEqualTo(vn(ITEM_DUE));
    assertThat(inputValue("input[id$='Field_unitName']")).isEqualTo(STC);
    assertThat(waitFor(By.cssSelector(".fjs-form-field-table")).getText()).contains(ITEM_TEXT).contains("Chủ trì");
    // a department has nobody below it here: no choice between doing it and dispatching further
    assertThat(formLabels()).doesNotContain("Cách xử lý");
    claim();

    // the specialists offered are the unit's staff, from info.specialistOptions
    JsonNode staff = Api.as(port, "admin").get("/engine-rest/user/stc.chuyenvien/profile").json();
    String name = (staff.get("firstName").asText() + " " + staff.get("lastName").asText()).trim();
    assertThat(selectOptions("input[id$='Field_specialist']")).contains(name);
    choose("input[id$='Field_specialist']", name);
    screenshot("5-receive-form");
    complete();
    awaitTaskGoneFromList(RECEIVE);

    assertThat(Api.as(port, "admin").get("/engine-rest/process-instance/" + assignmentPid + "/variables/specialist")
        .json().get("value").asText()).isEqualTo("stc.chuyenvien");
    // the shown fields are disabled, so Tasklist sent no partial "info" back: the next form still has everything
    JsonNode info = readJson(Api.as(port, "admin").get("/engine-rest/process-instance/" + assignmentPid
        + "/variables/info?deserializeValue=false").json().get("value").asText());
    assertThat(info.get("unitItems").toString()).contains(ITEM_TEXT);
    assertThat(info.get("specialistOptions")).isNotEmpty();
  }

  static final String CARRY_OUT = "Thực hiện, báo cáo kết quả";
  static final String REVIEW = "Xem xét, phê duyệt kết quả";
  static String stcAssignmentPid;
  static String stcReceiveTaskId;

  @Test
  @Order(6)
  void theLeaderStillSeesTheWorkHandedToTheSpecialist() {
    stcAssignmentPid = cycle.assignments(directivePid).get("stc");
    assertThat(stcAssignmentPid).as("the assignment of step 5").isNotNull();
    stcReceiveTaskId = Api.as(port, "admin").get("/engine-rest/history/task?processInstanceId=" + stcAssignmentPid
        + "&taskDefinitionKey=ReceiveTask").json().get(0).get("id").asText();
    String work = taskId(stcAssignmentPid, AssignmentProcess.Elements.CARRY_OUT);
    login("stc.lanhdao");
    openFilter(UNIT_TASKS);
    await().atMost(WAIT).untilAsserted(() -> assertThat(String.join(" ", listedTaskLinks())).contains(work));
    screenshot("6-leader-unit-tasks");
  }

  @Test
  @Order(7)
  void theSpecialistReportsWithTheDirectiveInFront() {
    assertThat(stcAssignmentPid).as("the assignment of step 5").isNotNull();
    login("stc.chuyenvien");
    openFilter(MY_TASKS);
    openTask(CARRY_OUT, taskId(stcAssignmentPid, AssignmentProcess.Elements.CARRY_OUT));
    assertThat(waitFor(By.cssSelector(".task-details .fjs-form")).getText())
        .contains("Văn bản chỉ đạo (tệp đính kèm):").contains("(văn bản chỉ đạo không có tệp đính kèm)");
    type("textarea[id$='Field_resultText']", "Đã tham mưu UBND tỉnh ban hành kế hoạch thực hiện Đề án năm 2025.");
    screenshot("7-work-form");
    complete();
    awaitTaskGoneFromList(CARRY_OUT);
  }

  /** One refusal and one correction: "trả lại" without a reason is refused, approving then goes through. */
  @Test
  @Order(8)
  void theLeaderIsRefusedAReturnWithoutReasonAndThenApproves() {
    assertThat(stcAssignmentPid).as("the assignment of step 5").isNotNull();
    String review = taskId(stcAssignmentPid, AssignmentProcess.Elements.REVIEW);
    login("stc.lanhdao");
    openFilter(UNIT_TASKS);
    openTask(REVIEW, review);
    claim();
    click(By.cssSelector("input[id$='Field_reviewDecision-1']"));
    waitFor(By.cssSelector("textarea[id$='Field_reviewComment']"));
    complete();
    assertThat(notification("cần nêu rõ lý do")).contains("Khi trả lại cần nêu rõ lý do.");
    screenshot("8-review-refused");
    dismissNotifications();
    click(By.cssSelector("input[id$='Field_reviewDecision-0']"));
    waitGone(By.cssSelector("textarea[id$='Field_reviewComment']"));
    completeWhenEnabled("the review form after a refused return, approve chosen");
    awaitTaskGoneFromList(REVIEW);
    await().atMost(WAIT).untilAsserted(() -> assertThat(Api.as(port, "admin")
        .get("/engine-rest/history/variable-instance?processInstanceId=" + stcAssignmentPid
            + "&variableName=reviewDecision").json().get(0).get("value").asText()).isEqualTo("approve"));
  }

  /** A mail's link to the leader's first task, long completed, says so in Vietnamese. */
  @Test
  @Order(9)
  void aLinkToACompletedTaskSaysItIsCompleted() {
    assertThat(stcReceiveTaskId).as("the receive task of step 5").isNotNull();
    login("stc.lanhdao");
    driver.get(tasklist() + "#/?task=" + stcReceiveTaskId);
    assertThat(notification("mã việc " + stcReceiveTaskId)).contains("đã hoàn thành").doesNotContain("No matching");
    screenshot("9-completed-task-link");
    // who may read the history learns which task it was
    login("chutich");
    driver.get(tasklist() + "#/?task=" + stcReceiveTaskId);
    assertThat(notification("Tiếp nhận, phân công chuyên viên")).contains("Việc «" + RECEIVE + "» đã hoàn thành lúc");
  }

  /** Ngọc Hồi dispatches to its communes: both forms open, only its own units are offered, and it is numbered. */
  @Test
  @Order(10)
  void aDistrictDispatchesToItsCommunesInTasklist() {
    LocalDate districtDue = LocalDate.now().plusDays(40);
    String directive = cycle.approvedDispatch(vn.cascade.support.CycleDriver.nextIncomingNumber(),
        LocalDate.of(2025, 1, 24), List.of(vn.cascade.support.CycleDriver.item(
            "Lồng ghép kinh tế tuần hoàn vào quy hoạch, kế hoạch của địa phương.", "ngoc-hoi", districtDue)));
    cycle.asSystem();
    String pid = await().atMost(WAIT).until(() -> cycle.assignments(directive).get("ngoc-hoi"), p -> p != null);
    districtPid = pid;
    districtDueDate = districtDue;

    login("ngoc-hoi.lanhdao");
    openFilter(UNIT_TASKS);
    openTask(RECEIVE, taskId(pid, AssignmentProcess.Elements.RECEIVE));
    claim();
    click(By.cssSelector("input[id$='Field_rec_handling-1']"));
    waitGone(By.cssSelector("input[id$='Field_specialist']"));
    screenshot("10-district-receive");
    completeWhenEnabled("the district's receive form, dispatch down chosen");
    awaitTaskGoneFromList(RECEIVE);

    String draft = "Soạn văn bản giao nhiệm vụ cho cấp dưới";
    login("ngoc-hoi.chuyenvien");
    openFilter(UNIT_TASKS);
    openTask(draft, taskId(pid, AssignmentProcess.Elements.DRAFT_SUB_DISPATCH));
    assertThat(driver.findElements(By.cssSelector(".task-details .form-container")).stream()
        .map(WebElement::getText).toList().toString()).doesNotContain("Lỗi biểu mẫu");
    claim();
    type("textarea[id$='Field_red_subSummary']", "V/v triển khai văn bản của UBND tỉnh về kinh tế tuần hoàn");
    type("input[id$='Field_red_symbol']", "TCKH");
    type("textarea[id$='Field_subitem1_text']", "Tuyên truyền về kinh tế tuần hoàn tại các thôn, làng.");
    List<String> offered = selectOptions("input[id$='Field_subitem1_leadUnit']");
    assertThat(offered).containsExactly("Tất cả UBND cấp xã trực thuộc", "UBND thị trấn Plei Kần", "UBND xã Bờ Y",
        "UBND xã Đăk Xú");
    choose("input[id$='Field_subitem1_leadUnit']", "Tất cả UBND cấp xã trực thuộc");
    typeDate("input[id$='Field_subitem1_dueDate-date']", districtDue.minusDays(5));
    screenshot("10-district-draft");
    completeWhenEnabled("the district's draft");
    awaitTaskGoneFromList(draft);

    String sign = "Lãnh đạo đơn vị ký ban hành";
    login("ngoc-hoi.lanhdao");
    openFilter(UNIT_TASKS);
    openTask(sign, taskId(pid, AssignmentProcess.Elements.SIGN_SUB_DISPATCH));
    // the items to sign name the units and dates as people write them, not ALL_LOCAL and 2027-01-06
    assertThat(waitFor(By.cssSelector(".task-details .fjs-form")).getText()).contains("Tuyên truyền về kinh tế tuần hoàn")
        .contains("Tất cả UBND cấp xã trực thuộc").contains(vn(districtDue.minusDays(5))).doesNotContain("ALL_LOCAL");
    claim();
    click(By.cssSelector("input[id$='Field_sig_decision-0']"));
    screenshot("10-district-sign");
    completeWhenEnabled("the district's signature");
    awaitTaskGoneFromList(sign);
    await().atMost(WAIT).untilAsserted(() -> assertThat(Api.as(port, "admin")
        .get("/engine-rest/process-instance/" + pid + "/variables/subDispatchNumber").json().path("value").asText())
        .matches("\\d{2,}/UBND-TCKH"));
  }

  /** A unit report with a row of figures can be sent. */
  @Test
  @Order(11)
  void aUnitReportWithFiguresCanBeSent() {
    Api.Response created = Api.as(port, "stc.theodoi").postJson("/api/report-requests", Map.of(
        "requestNumber", (System.currentTimeMillis() % 9_000 + 1_000) + "/STC-QLN",
        "requestDate", LocalDate.now().toString(),
        "subject", "Báo cáo tình hình thực hiện Đề án phát triển kinh tế tuần hoàn năm 2025",
        "unitTargets", List.of("skhcn"),
        "unitDeadline", LocalDate.now().plusDays(20).toString(),
        "sendDeadline", LocalDate.now().plusDays(40).toString(),
        "outline", "I. Triển khai; II. Kết quả; III. Kiến nghị"));
    assertThat(created.status()).as(created.body()).isIn(200, 201);
    String requestPid = created.json().get("processInstanceId").asText();
    reportRequestPid = requestPid;
    String unitPid = await().atMost(WAIT).until(() -> {
      JsonNode units = Api.as(port, "admin").get("/engine-rest/process-instance?superProcessInstance=" + requestPid).json();
      return units.isEmpty() ? null : units.get(0).get("id").asText();
    }, p -> p != null);
    unitReportPid = unitPid;

    String draft = "Soạn thảo báo cáo";
    login("skhcn.chuyenvien");
    openFilter(UNIT_TASKS);
    openTask(draft, taskId(unitPid, UnitReportProcess.Elements.DRAFT));
    claim();
    type("textarea[id$='Field_urd_planning']", "Sở đã tham mưu ban hành kế hoạch triển khai Đề án.");
    type("textarea[id$='Field_urd_achieved']", "Hỗ trợ trên 500 lượt doanh nghiệp tiếp cận kinh tế tuần hoàn.");
    type("textarea[id$='Field_urd_difficulties']", "Nguồn lực đầu tư cho kinh tế tuần hoàn còn hạn chế.");
    type("textarea[id$='Field_urd_proposals']", "Đề nghị bố trí kinh phí hỗ trợ doanh nghiệp.");
    type("input[id$='Field_urd_figure1_indicator']", "Số doanh nghiệp được hỗ trợ");
    type("input[id$='Field_urd_figure1_measure']", "doanh nghiệp");
    type("input[id$='Field_urd_figure1_value']", "500");
    // the next row appears once this one has an indicator
    waitFor(By.cssSelector("input[id$='Field_urd_figure2_indicator']"));
    screenshot("11-unit-report-draft");
    completeWhenEnabled("the unit report with one row of figures");
    awaitTaskGoneFromList(draft);
    await().atMost(WAIT).untilAsserted(() -> assertThat(Api.as(port, "admin")
        .get("/engine-rest/process-instance/" + unitPid + "/variables/figures?deserializeValue=false").json()
        .path("value").asText()).contains("Số doanh nghiệp được hỗ trợ").contains("500"));
  }

  /** A provincial leader follows in Cockpit without edit buttons on the variables; the administrator has them. */
  @Test
  @Order(12)
  void aProvincialLeaderSeesNoVariableEditButtonsInCockpit() {
    assertThat(stcAssignmentPid).as("the assignment of step 5").isNotNull();
    String open = Api.as(port, "admin").get("/engine-rest/process-instance?processDefinitionKey=assignment").json()
        .get(0).get("id").asText();
    String page = "http://localhost:" + port + "/camunda/app/cockpit/default/#/process-instance/" + open
        + "/runtime?tab=variables-tab";
    login("chutich");
    driver.get(page);
    waitFor(By.cssSelector("[cam-widget-variables-table] tbody tr"));
    await().atMost(WAIT).untilAsserted(() -> assertThat(driver.findElements(
        By.cssSelector("[cam-widget-variables-table] td.actions button")).stream().filter(WebElement::isDisplayed))
        .isEmpty());
    screenshot("12-cockpit-chutich");
    login("admin");
    driver.get(page);
    await().atMost(WAIT).untilAsserted(() -> assertThat(driver.findElements(
        By.cssSelector("[cam-widget-variables-table] td.actions button")).stream().filter(WebElement::isDisplayed))
        .isNotEmpty());
  }

  static String districtPid;
  static LocalDate districtDueDate;
  static String reportRequestPid;
  static String unitReportPid;

  /** The rest of the reporting cycle: the unit's leader signs, Finance accepts, consolidates, the province approves. */
  @Test
  @Order(13)
  void theUnitReportIsSignedAcceptedConsolidatedAndApproved() {
    assertThat(unitReportPid).as("the unit report of step 11").isNotNull();
    String sign = "Lãnh đạo đơn vị ký báo cáo";
    login("skhcn.lanhdao");
    openFilter(UNIT_TASKS);
    openTask(sign, taskId(unitReportPid, UnitReportProcess.Elements.SIGN));
    assertThat(waitFor(By.cssSelector(".task-details .fjs-form-field-table")).getText())
        .contains("Số doanh nghiệp được hỗ trợ").contains("500");
    claim();
    click(By.cssSelector("input[id$='Field_urs_signDecision-0']"));
    screenshot("13-unit-report-sign");
    completeWhenEnabled("the unit report's signature");
    awaitTaskGoneFromList(sign);

    String review = "Sở Tài chính tiếp nhận báo cáo";
    login("stc.theodoi");
    openFilter(UNIT_TASKS);
    openTask(review, taskId(unitReportPid, UnitReportProcess.Elements.REVIEW));
    claim();
    click(By.cssSelector("input[id$='Field_urr_acceptDecision-0']"));
    screenshot("13-unit-report-review");
    completeWhenEnabled("Finance's acceptance");
    awaitTaskGoneFromList(review);

    String consolidate = "Tổng hợp báo cáo";
    openTask(consolidate, taskId(reportRequestPid, ReportRequestProcess.Elements.CONSOLIDATE));
    claim();
    assertThat(inputValue("textarea[id$='Field_rqc_consAchieved']")).contains("500 lượt doanh nghiệp");
    screenshot("13-report-consolidate");
    completeWhenEnabled("the consolidated draft");
    awaitTaskGoneFromList(consolidate);

    String approve = "Phê duyệt, ký báo cáo tổng hợp";
    login("chutich");
    openFilter(UNIT_TASKS);
    openTask(approve, taskId(reportRequestPid, ReportRequestProcess.Elements.APPROVE));
    claim();
    click(By.cssSelector("input[id$='Field_rqa_reportApproval-0']"));
    screenshot("13-report-approve");
    completeWhenEnabled("the consolidated report's approval");
    awaitTaskGoneFromList(approve);
    await().atMost(WAIT).untilAsserted(() -> assertThat(Api.as(port, "admin")
        .get("/engine-rest/history/process-instance/" + reportRequestPid).json().path("state").asText())
        .isEqualTo("COMPLETED"));
  }

  /** The province's advisory unit submits a draft and the chairman signs it, in Tasklist. */
  @Test
  @Order(14)
  void theDraftIsSubmittedAndSigned() {
    String pid = cycle.register(vn.cascade.support.CycleDriver.nextIncomingNumber(), LocalDate.of(2025, 1, 24), null);
    cycle.decide(pid, "skhdt", LocalDate.now().plusDays(20));
    cycle.draft(pid, "skhdt.chuyenvien", List.of(vn.cascade.support.CycleDriver.item(ITEM_TEXT, "sct",
        LocalDate.now().plusDays(30))));
    cycle.asSystem();

    login("skhdt.lanhdao");
    openFilter(UNIT_TASKS);
    openTask(SUBMIT, taskId(pid, DirectiveProcess.Elements.SUBMIT));
    assertThat(waitFor(By.cssSelector(".task-details .fjs-form-field-table")).getText()).contains(ITEM_TEXT)
        .contains("Sở Công Thương");
    claim();
    click(By.cssSelector("input[id$='Field_leaderDecision-0']"));
    screenshot("14-submit");
    completeWhenEnabled("the advisory leader's submission");
    awaitTaskGoneFromList(SUBMIT);

    String approve = "Phê duyệt, ký ban hành";
    login("chutich");
    openFilter(UNIT_TASKS);
    openTask(approve, taskId(pid, DirectiveProcess.Elements.APPROVE));
    claim();
    click(By.cssSelector("input[id$='Field_approvalDecision-0']"));
    screenshot("14-approve");
    completeWhenEnabled("the chairman's approval");
    awaitTaskGoneFromList(approve);
    await().atMost(WAIT).until(() -> cycle.assignments(pid).get("sct"), p -> p != null);
  }

  /** The district asks for more time; the chairman grants a date typed in the form. */
  @Test
  @Order(15)
  void anExtensionIsGrantedWithATypedDate() {
    assertThat(districtPid).as("the district of step 10").isNotNull();
    Object assignmentId = runtimeService.getVariable(districtPid, "assignmentId");
    Api.Response asked = Api.as(port, "ngoc-hoi.lanhdao").postJson("/api/assignments/" + assignmentId
        + "/extension-requests", Map.of("reason", "Các xã cần thêm thời gian tổng hợp số liệu.", "workingDays", 5));
    assertThat(asked.status()).as(asked.body()).isIn(200, 201);

    String decide = "Xét đề nghị gia hạn";
    login("chutich");
    openFilter(UNIT_TASKS);
    openTask(decide, taskId(districtPid, AssignmentProcess.Elements.DECIDE_EXTENSION));
    claim();
    click(By.cssSelector("input[id$='Field_ext_decision-0']"));
    LocalDate granted = districtDueDate.plusDays(10);
    typeDate("input[id$='Field_ext_granted-date']", granted);
    screenshot("15-extension");
    completeWhenEnabled("the extension decision");
    awaitTaskGoneFromList(decide);
    await().atMost(WAIT).untilAsserted(() -> assertThat(Api.as(port, "admin")
        .get("/engine-rest/process-instance/" + districtPid + "/variables/info?deserializeValue=false").json()
        .path("value").asText()).contains(vn(granted)));
  }

  /** When its communes have reported, the district's leader consolidates their results and reports up. */
  @Test
  @Order(16)
  void theDistrictConsolidatesItsCommunesResults() {
    assertThat(districtPid).as("the district of step 10").isNotNull();
    Object assignmentId = runtimeService.getVariable(districtPid, "assignmentId");
    List<org.camunda.bpm.engine.runtime.ProcessInstance> communes = await().atMost(WAIT).until(() -> runtimeService
        .createProcessInstanceQuery().processDefinitionKey(AssignmentProcess.KEY).variableValueEquals("parentAssignmentId",
            assignmentId).list(), l -> l.size() == 3);
    for (var commune : communes) {
      String unit = (String) runtimeService.getVariable(commune.getId(), "unitCode");
      cycle.complete(commune.getId(), AssignmentProcess.Elements.RECEIVE, unit + ".lanhdao", Map.of("specialist", unit + ".chuyenvien"));
      cycle.complete(commune.getId(), AssignmentProcess.Elements.CARRY_OUT, unit + ".chuyenvien",
          Map.of("resultText", "Xã đã tuyên truyền về kinh tế tuần hoàn tại các thôn, làng."));
      cycle.complete(commune.getId(), AssignmentProcess.Elements.REVIEW, unit + ".lanhdao", Map.of("reviewDecision", "approve"));
    }
    cycle.asSystem();

    String consolidate = "Tổng hợp kết quả, báo cáo cấp trên";
    login("ngoc-hoi.lanhdao");
    openFilter(UNIT_TASKS);
    openTask(consolidate, taskId(districtPid, AssignmentProcess.Elements.CONSOLIDATE));
    assertThat(waitFor(By.cssSelector(".task-details .fjs-form")).getText()).contains("UBND xã Bờ Y")
        .contains("Văn bản chỉ đạo (tệp đính kèm):");
    claim();
    type("textarea[id$='Field_con_result']", "Các xã, thị trấn đã triển khai tuyên truyền; huyện tổng hợp báo cáo.");
    screenshot("16-consolidate");
    completeWhenEnabled("the district's consolidation");
    awaitTaskGoneFromList(consolidate);
  }

  /** Finance starts a report request with the start form: a typed date, units picked in the tag list. */
  @Test
  @Order(17)
  void aCoordinatorStartsAReportRequestWithTheStartForm() {
    login("stc.theodoi");
    click(By.xpath("//a[contains(normalize-space(.),'Bắt đầu quy trình')]"));
    click(By.xpath("//div[contains(@class,'modal')]//a[contains(normalize-space(.),'Yêu cầu báo cáo và tổng hợp báo cáo')]"));
    waitFor(By.cssSelector(".modal input[id$='Field_rqs_requestNumber']"));
    String number = (System.currentTimeMillis() % 9_000 + 1_000) + "/STC-QLN";
    type(".modal input[id$='Field_rqs_requestNumber']", number);
    typeDate(".modal input[id$='Field_rqs_requestDate-date']", LocalDate.now());
    type(".modal textarea[id$='Field_rqs_subject']", "Báo cáo tình hình thực hiện Đề án phát triển kinh tế tuần hoàn");
    chooseTag(".modal input[id$='Field_rqs_unitTargets']", "Sở Khoa học và Công nghệ");
    LocalDate unitDeadline = LocalDate.now().plusDays(20);
    typeDate(".modal input[id$='Field_rqs_unitDeadline-date']", unitDeadline);
    typeDate(".modal input[id$='Field_rqs_sendDeadline-date']", LocalDate.now().plusDays(40));
    screenshot("17-report-request-start");
    WebElement start = waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(".modal-footer button.btn-primary")));
    start.click();
    waitGone(By.cssSelector(".modal"));
    await().atMost(WAIT).untilAsserted(() -> assertThat(Api.as(port, "admin")
        .get("/engine-rest/process-instance?processDefinitionKey=report-request&variables=requestNumber_eq_"
            + java.net.URLEncoder.encode(number, StandardCharsets.UTF_8)).json()).hasSize(1));
  }

  /** Picks {@code label} in a form-js tag list, as a user does: type part of it, click the entry. */
  void chooseTag(String css, String label) {
    WebElement input = waitFor(By.cssSelector(css));
    scrollTo(input);
    input.click();
    input.sendKeys(label.substring(0, Math.min(12, label.length())));
    By entryLocator = By.xpath("//div[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)='" + label + "']");
    WebElement entry = waitFor(ExpectedConditions.visibilityOfElementLocated(entryLocator));
    entry.click();
    await().atMost(WAIT).untilAsserted(() -> assertThat(driver.findElements(By.cssSelector(".fjs-taglist-tag-label"))
        .stream().map(WebElement::getText).toList()).contains(label));
    // the list stays open for the next pick: leave the field as a user does (Escape would close the dialog)
    driver.findElement(By.cssSelector(css)).sendKeys(Keys.TAB);
    waitGone(By.cssSelector(".fjs-taglist .fjs-dropdownlist"));
  }

  String taskId(String pid, String key) {
    return await().atMost(WAIT).until(() -> {
      JsonNode tasks = Api.as(port, "admin")
          .get("/engine-rest/task?processInstanceId=" + pid + "&taskDefinitionKey=" + key).json();
      return tasks.isEmpty() ? null : tasks.get(0).get("id").asText();
    }, id -> id != null);
  }

  /** Completes the task, failing with form-js's errors when "Hoàn thành" stays disabled after valid input. */
  void completeWhenEnabled(String what) {
    WebElement button = completeButton();
    try {
      new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(button));
    } catch (TimeoutException e) {
      fail("Tasklist keeps \"Hoàn thành\" disabled for " + what + " (" + fieldValues() + "); form-js errors: "
          + formJsErrors());
    }
    complete();
  }

  // ------------------------------------------------------------------------------------------------ Tasklist

  String tasklist() {
    return "http://localhost:" + port + "/camunda/app/tasklist/default/";
  }

  /** Logs out whoever is logged in (through the account menu), then logs {@code user} in. */
  void login(String user) {
    driver.get(tasklist());
    WebElement field = waitFor(d -> {
      List<WebElement> password = d.findElements(By.cssSelector("input[ng-model='password']"));
      if (!password.isEmpty() && password.get(0).isDisplayed()) {
        return password.get(0);
      }
      List<WebElement> account = d.findElements(By.cssSelector("li.account > a.dropdown-toggle"));
      if (!account.isEmpty() && account.get(0).isDisplayed()) {
        account.get(0).click();
        WebElement logout = new WebDriverWait(d, WAIT)
            .until(ExpectedConditions.elementToBeClickable(By.cssSelector("li.account li.logout a")));
        logout.click();
      }
      return null;
    });
    assertThat(field.isDisplayed()).isTrue();
    type("input[ng-model='username']", user);
    type("input[ng-model='password']", "demo");
    click(By.cssSelector("form[name='signinForm'] button[type='submit']"));
    await().atMost(WAIT).untilAsserted(() -> assertThat(filterNames()).as("Tasklist filters of %s", user)
        .containsExactly(MY_TASKS, UNIT_TASKS, OVERDUE));
  }

  List<String> filterNames() {
    List<String> names = new ArrayList<>();
    for (WebElement link : driver.findElements(By.cssSelector(".task-filter h4.name > a"))) {
      String text = link.getText().trim();
      // the focused filter shows its count after the name
      names.add(text.replaceAll("\\s*\\d+$", "").trim());
    }
    return names;
  }

  void openFilter(String name) {
    By link = By.xpath("//div[contains(@class,'task-filter')]//h4/a[contains(normalize-space(.),'" + name + "')]");
    click(link);
    waitFor(By.xpath("//div[contains(@class,'task-filter') and contains(@class,'active')]//h4/a[contains("
        + "normalize-space(.),'" + name + "')]"));
    // the list has loaded when it shows tasks or says there are none
    waitFor(d -> !d.findElements(By.cssSelector(".tasks-list li.task")).isEmpty()
        || !d.findElements(By.xpath("//section[contains(@class,'tasks-list')]//div[contains(@class,'well')]"
            + "[contains(.,'Không có công việc nào khớp')]")).isEmpty());
  }

  void openTask(String name, String taskId) {
    WebElement link = waitFor(By.cssSelector(".tasks-list li.task h4 a[href*='task=" + taskId + "']"));
    assertThat(link.getText().trim()).isEqualTo(name);
    link.click();
    waitFor(By.xpath("//*[contains(@class,'task-details')]//h2[normalize-space(.)='" + name + "']"));
    waitFor(By.cssSelector(".task-details form.fjs-form .fjs-form-field-label"));
  }

  /** A task's form stays disabled until the user claims the task. */
  void claim() {
    click(By.cssSelector(".task-details button.claim"));
    waitGone(By.cssSelector(".task-details .disabled-form"));
    waitGone(By.cssSelector(".task-details button.claim"));
  }

  List<String> formLabels() {
    return driver.findElements(By.cssSelector(".fjs-form-field-label")).stream()
        .map(e -> e.getText().replace("*", "").trim()).filter(s -> !s.isEmpty()).toList();
  }

  List<String> listedTaskLinks() {
    return driver.findElements(By.cssSelector(".tasks-list li.task h4 a")).stream()
        .map(a -> String.valueOf(a.getDomAttribute("href"))).toList();
  }

  List<String> listedTaskNames() {
    return driver.findElements(By.cssSelector(".tasks-list li.task h4 a")).stream()
        .map(a -> a.getText().trim()).toList();
  }

  void awaitTaskGoneFromList(String name) {
    waitGone(By.xpath("//section[contains(@class,'tasks-list')]//li[contains(@class,'task')]//h4/a[normalize-space(.)='"
        + name + "']"));
  }

  WebElement completeButton() {
    return waitFor(By.cssSelector(".task-details .form-actions button.btn-primary"));
  }

  void complete() {
    WebElement button = completeButton();
    scrollTo(button);
    waitFor(ExpectedConditions.elementToBeClickable(button)).click();
  }

  /** The text of the first visible error notification that contains {@code expected}. */
  String notification(String expected) {
    return waitFor(d -> d.findElements(By.cssSelector(".alert.alert-danger")).stream()
        .filter(WebElement::isDisplayed).map(WebElement::getText).filter(t -> t.contains(expected))
        .findFirst().orElse(null));
  }

  void dismissNotifications() {
    for (WebElement close : driver.findElements(By.cssSelector(".page-notifications .alert button.close"))) {
      if (close.isDisplayed()) {
        close.click();
      }
    }
  }

  // ------------------------------------------------------------------------------------------------ form-js

  void type(String css, String text) {
    WebElement field = waitFor(By.cssSelector(css));
    scrollTo(field);
    field.click();
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    field.sendKeys(text);
  }

  String inputValue(String css) {
    return waitFor(By.cssSelector(css)).getDomProperty("value");
  }

  /**
   * Types a date as a Vietnamese user does, day/month/year (24/01/2025), and checks that the field keeps exactly
   * that date: form-js takes its date pattern from the browser's locale, and this Chromium is English (month/day),
   * so without Cascade's Vietnamese date format 24/01/2025 would become 12/1/2026.
   */
  void typeDate(String css, LocalDate date) {
    String typed = vn(date);
    type(css, typed);
    driver.findElement(By.cssSelector(css)).sendKeys(Keys.TAB);
    await().atMost(WAIT).untilAsserted(() -> assertThat(inputValue(css)).as("the date typed into %s", css)
        .isEqualTo(typed));
  }

  /** Opens a form-js select (searchable or not) and returns the labels it offers. */
  List<String> selectOptions(String css) {
    WebElement select = waitFor(By.cssSelector(css));
    scrollTo(select);
    openDropdown(select);
    List<String> labels = waitFor(d -> {
      List<String> items = d.findElements(By.cssSelector(".fjs-dropdownlist .fjs-dropdownlist-item")).stream()
          .map(e -> e.getDomProperty("textContent").trim()).toList();
      if (items.isEmpty()) {
        openDropdown(select);
        return null;
      }
      return items;
    });
    select.sendKeys(Keys.ESCAPE);
    return labels;
  }

  /** Picks {@code label} in a form-js select, as a user does: open it, (search,) click the entry. */
  void choose(String css, String label) {
    WebElement select = waitFor(By.cssSelector(css));
    scrollTo(select);
    openDropdown(select);
    if ("input".equals(select.getTagName()) && select.getDomAttribute("class").contains("fjs-input")) {
      select.sendKeys(label);
    }
    By entryLocator = By.xpath("//div[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)='" + label + "']");
    WebElement entry = waitFor(d -> {
      List<WebElement> entries = d.findElements(entryLocator);
      if (!entries.isEmpty() && entries.get(0).isDisplayed()) {
        return entries.get(0);
      }
      openDropdown(select);
      return null;
    });
    scrollTo(entry);
    entry.click();
    await().atMost(WAIT).untilAsserted(() -> {
      WebElement current = driver.findElement(By.cssSelector(css));
      String shown = "input".equals(current.getTagName()) ? current.getDomProperty("value") : current.getText();
      assertThat(shown).isEqualTo(label);
    });
  }

  /**
   * Opens a form-js select's list unless it is open already: tabbing into a select opens its list, and a click on
   * the open select closes it again (a click on a focused, closed select does not open it either).
   */
  void openDropdown(WebElement select) {
    WebElement field = select.findElement(By.xpath("./ancestor::div[contains(@class,'fjs-form-field')][1]"));
    if (field.findElements(By.cssSelector(".fjs-dropdownlist")).stream().anyMatch(WebElement::isDisplayed)) {
      return;
    }
    ((JavascriptExecutor) driver).executeScript(
        "if (arguments[0].contains(document.activeElement)) document.activeElement.blur();", field);
    select.click();
  }

  String fieldValues() {
    return String.valueOf(((JavascriptExecutor) driver).executeScript(
        "return Array.from(document.querySelectorAll('.task-details .fjs-input, .task-details .fjs-textarea'))"
            + ".filter(e => !e.readOnly && e.id).map(e => e.id.replace(/^.*Field_/, '') + '=' + e.value).join(', ')"));
  }

  /** The errors form-js holds for the open form (what Tasklist decides the Complete button with). */
  String formJsErrors() {
    try {
      return String.valueOf(((JavascriptExecutor) driver).executeScript(
          "var c = document.querySelector('.task-details .fjs-container');"
              + "var form = c.__k.__k[0].__k[0].props.value.getService('form');"
              + "return JSON.stringify(form._getState().errors, (k, v) => v === undefined ? null : v);"));
    } catch (RuntimeException e) {
      return "(unavailable: " + e.getMessage().lines().findFirst().orElse("") + ")";
    }
  }

  // ------------------------------------------------------------------------------------------------ waiting

  <T> T waitFor(java.util.function.Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, WAIT).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(condition::apply);
  }

  WebElement waitFor(By locator) {
    return waitFor(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  void waitGone(By locator) {
    waitFor(ExpectedConditions.invisibilityOfElementLocated(locator));
  }

  void click(By locator) {
    WebElement element = waitFor(ExpectedConditions.elementToBeClickable(locator));
    scrollTo(element);
    element.click();
  }

  void scrollTo(WebElement element) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
  }

  // ------------------------------------------------------------------------------------------------ engine state

  /** Keys of the directive's open tasks (as the admin sees them). */
  List<String> openTaskKeys() {
    return Api.as(port, "admin").get("/engine-rest/task?processInstanceId=" + directivePid).json()
        .findValuesAsText("taskDefinitionKey");
  }

  String directiveTaskId(String key) {
    return await().atMost(WAIT).until(() -> {
      JsonNode tasks = Api.as(port, "admin")
          .get("/engine-rest/task?processInstanceId=" + directivePid + "&taskDefinitionKey=" + key).json();
      return tasks.isEmpty() ? null : tasks.get(0).get("id").asText();
    }, id -> id != null);
  }

  String variable(String name) {
    return Api.as(port, "admin").get("/engine-rest/process-instance/" + directivePid + "/variables/" + name).json()
        .get("value").asText();
  }

  JsonNode jsonVariable(String name) {
    JsonNode variable = Api.as(port, "admin").get("/engine-rest/process-instance/" + directivePid + "/variables/"
        + name + "?deserializeValue=false").json();
    assertThat(variable.path("type").asText()).as("variable %s: %s", name, variable).isEqualTo("Json");
    return readJson(variable.get("value").asText());
  }

  List<String> unitOptionLabels() {
    return jsonVariable("unitOptions").findValuesAsText("label");
  }

  static JsonNode readJson(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static String vn(LocalDate date) {
    return String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
  }

  // ------------------------------------------------------------------------------------------------ screenshots

  static void screenshot(String name) {
    if (driver == null) {
      return;
    }
    try {
      Files.createDirectories(SHOTS);
      File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
      Files.copy(png.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
      Files.writeString(SHOTS.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      System.err.println("[browser] no screenshot " + name + ": " + e);
    }
  }

  /** Saves the page (PNG and HTML) under target/browser/ when a step fails. */
  static class ScreenshotOnFailure implements TestWatcher {
    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
      screenshot("FAILED-" + context.getRequiredTestMethod().getName());
    }
  }
}
