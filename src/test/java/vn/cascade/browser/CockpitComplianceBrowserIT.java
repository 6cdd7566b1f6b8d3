package vn.cascade.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import vn.cascade.support.ComplianceScenario;

/**
 * Cockpit's plugin "Tình hình thực hiện nhiệm vụ" in headless Debian Chromium: Finance's coordinator signs in to
 * Cockpit, finds the plugin's card on the dashboard, opens its page, sees the directive of a real cycle with its
 * four categories, opens it and sees the tree of units (the district and its communes, the overdue commune
 * highlighted with its days overdue), all in Vietnamese: any English word of the plugin fails the test.
 *
 * <p>Runs only in Maven profile {@code browser}; needs {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}.
 * Screenshots go to {@code target/browser-cockpit/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@TestPropertySource(properties = "spring.datasource.url="
    + "${cascade.test.compliance-browser-url:jdbc:h2:mem:cascade-compliance-browser;DB_CLOSE_DELAY=-1}")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CockpitComplianceBrowserIT {

  static final Path SHOTS = Path.of("target", "browser-cockpit");
  static final Duration WAIT = Duration.ofSeconds(30);
  /** Words of an English interface; none may show in the plugin. */
  static final Pattern ENGLISH = Pattern.compile("\\b(directives?|units?|levels?|overdue|on time|late|within term"
      + "|status|state|export|download|summary|loading|error|back|period|issuer|all|total|tasks?|process|open"
      + "|assigned|completed|days|responsible|quarter|month|year|rate|chart|view|details|undefined|null|NaN)\\b",
      Pattern.CASE_INSENSITIVE);

  @Autowired ComplianceScenario scenario;
  @LocalServerPort int port;

  HeadlessChromium browser;
  WebDriver driver;
  ComplianceScenario.Played played;

  @BeforeAll
  void setUp() throws IOException {
    played = scenario.play();
    browser = HeadlessChromium.start(SHOTS, 1500, 1100);
    driver = browser.driver;
  }

  @AfterAll
  void tearDown() throws IOException {
    ClockUtil.reset();
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void theCoordinatorFollowsTheDirectiveInCockpit() {
    try {
      follow();
    } catch (AssertionError | RuntimeException e) {
      screenshot("FAILED");
      throw e;
    }
  }

  void follow() {
    // signed in through Tasklist's sign-in page (the session is the webapps'), then Cockpit's start page
    driver.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
    waitFor(By.cssSelector("input[ng-model='username']")).sendKeys("stc.theodoi");
    driver.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("demo");
    driver.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']")).click();
    waitFor(By.cssSelector(".task-filter"));
    screenshot("0-tasklist");
    driver.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/dashboard");
    screenshot("0-cockpit-loaded");

    // the dashboard's card, with the quarter's figures
    WebElement card = waitFor(By.cssSelector("[data-cascade-compliance='dashboard'] .cascade-c-tiles"));
    WebElement dashboard = driver.findElement(By.cssSelector("[data-cascade-compliance='dashboard']"));
    assertThat(dashboard.getText()).contains("Tình hình thực hiện nhiệm vụ", "Nhiệm vụ được giao", "Quá hạn");
    assertThat(card.isDisplayed()).isTrue();
    assertVietnamese(dashboard);
    assertThat(driver.findElement(By.linkText("Tình hình thực hiện")).isDisplayed())
        .as("the header's link").isTrue();
    // the Camunda 7 end-of-life banner is not shown to a civil servant (styles/user-styles.css)
    assertThat(driver.findElements(By.cssSelector(".ce-eol-banner")).stream().filter(WebElement::isDisplayed))
        .as("the end-of-life banner").isEmpty();
    screenshot("1-dashboard");

    // the page: the directive in the list, with its counts
    click(By.cssSelector("[data-cascade-compliance='dashboard'] a.btn-primary"));
    WebElement row = waitFor(By.cssSelector("tr[data-directive='" + played.directiveId() + "']"));
    assertThat(text(row)).contains(played.number(), "Văn phòng Chính phủ", "Có nhiệm vụ quá hạn", "20 %");
    assertThat(row.getAttribute("class")).contains("cascade-c-overdue");
    WebElement page = driver.findElement(By.cssSelector("[data-cascade-compliance='page']"));
    assertThat(page.getText()).contains("Văn bản chỉ đạo", "Cơ quan ban hành", "Tổng hợp theo kỳ", "Tải về CSV",
        "Tải về Excel (.xlsx)", "Tổng cộng", "Yêu cầu báo cáo");
    assertVietnamese(page);
    screenshot("2-directives");

    // filtered by state "Đã hoàn thành" the directive leaves the list; back to all, it is there again
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.cssSelector("select[name='state']")))
        .selectByVisibleText("Đã hoàn thành");
    await().atMost(WAIT).until(() -> driver.findElements(
        By.cssSelector("tr[data-directive='" + played.directiveId() + "']")).isEmpty()
        && driver.getCurrentUrl().contains("state=COMPLETED"));
    driver.navigate().back();

    // one directive: its tree, the overdue commune highlighted with its days overdue
    click(By.linkText(played.number()));
    WebElement pleiKan = waitFor(By.cssSelector("table[data-table='tree'] tr[data-unit='plei-kan']"));
    WebElement tree = driver.findElement(By.cssSelector("table[data-table='tree']"));
    assertThat(tree.findElements(By.cssSelector("tbody tr"))).extracting(r -> r.getAttribute("data-unit"))
        .containsExactly("ngoc-hoi", "bo-y", "dak-xu", "plei-kan", "sct");
    assertThat(pleiKan.getAttribute("class")).contains("cascade-c-overdue");
    assertThat(text(pleiKan)).contains("UBND thị trấn Plei Kần", "Quá hạn", "Lãnh đạo đơn vị", "Xem quy trình");
    assertThat(text(tree.findElement(By.cssSelector("tr[data-unit='bo-y']")))).contains("Hoàn thành đúng hạn");
    assertThat(text(tree.findElement(By.cssSelector("tr[data-unit='dak-xu']")))).contains("Hoàn thành quá hạn");
    assertThat(text(tree.findElement(By.cssSelector("tr[data-unit='sct']"))))
        .contains("Sở Công Thương", "Đang thực hiện, trong hạn");
    page = driver.findElement(By.cssSelector("[data-cascade-compliance='page']"));
    assertThat(text(page)).contains("Cây đơn vị thực hiện", "Theo cấp", "Cấp 1", "Cấp 2", "Theo đơn vị",
        "Số ngày quá hạn", "Người chịu trách nhiệm");
    assertVietnamese(page);
    screenshot("3-directive-tree");

    // the link to the unit's process instance opens it in Cockpit
    pleiKan.findElement(By.linkText("Xem quy trình")).click();
    await().atMost(WAIT).until(() -> driver.getCurrentUrl().contains("#/process-instance/"));
  }

  void assertVietnamese(WebElement plugin) {
    Matcher english = ENGLISH.matcher(text(plugin));
    if (english.find()) {
      screenshot("FAILED-english");
      fail("The plugin shows English (\"" + english.group() + "\") in: " + plugin.getText());
    }
  }

  /** All the element's text, also the part scrolled out of view (getText gives only what is rendered visible). */
  static String text(WebElement element) {
    return element.getAttribute("textContent").replaceAll("\\s+", " ");
  }

  WebElement waitFor(By by) {
    return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  void click(By by) {
    new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(by)).click();
  }

  void screenshot(String name) {
    browser.screenshot(name);
  }

}
