package vn.cascade.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
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
import vn.cascade.calendar.WorkingDayCalendar;
import vn.cascade.common.Dates;
import vn.cascade.common.EngineClock;

/**
 * The training clock on the Admin dashboard in headless Debian Chromium: the administrator signs in, finds the
 * section "Đồng hồ tập huấn" with the application's day, clicks "Sang ngày làm việc tiếp theo" and reads the new day,
 * in Vietnamese. Runs only in Maven profile {@code browser}; screenshots under {@code target/browser-admin/}. (The
 * engine clock is one per JVM: in the browser profile no other test's engine runs meanwhile, and it is reset after.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@TestPropertySource(properties = "spring.datasource.url="
    + "${cascade.test.admin-browser-url:jdbc:h2:mem:cascade-admin-browser;DB_CLOSE_DELAY=-1}")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminTrainingClockBrowserIT {

  static final Path SHOTS = Path.of("target", "browser-admin");
  static final Duration WAIT = Duration.ofSeconds(60);

  @LocalServerPort int port;
  @Autowired EngineClock clock;
  @Autowired WorkingDayCalendar calendar;

  HeadlessChromium browser;
  WebDriver driver;

  @BeforeAll
  void setUp() throws IOException {
    browser = HeadlessChromium.start(SHOTS, 1400, 1000);
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
  void theTrainerMovesTheDayFromTheAdminDashboard() {
    try {
      LocalDate today = clock.today();
      // signed in through Tasklist's sign-in page (the session is the webapps'), then Admin's start page
      driver.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
      waitFor(By.cssSelector("input[ng-model='username']")).sendKeys("admin");
      driver.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("demo");
      driver.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']")).click();
      waitFor(By.cssSelector(".task-filter"));
      driver.get("http://localhost:" + port + "/camunda/app/admin/default/#/");
      WebElement section = waitFor(By.cssSelector("[data-cascade='training-clock']"));
      assertThat(driver.getPageSource()).contains("Đồng hồ tập huấn");
      assertThat(section.getText()).contains("Ngày của ứng dụng: " + Dates.vn(today), "Sang ngày làm việc tiếp theo",
          "Chuyển đến ngày");
      screenshot("1-dashboard");

      section.findElement(By.cssSelector("button[data-action='next-working-day']")).click();

      LocalDate next = calendar.addWorkingDays(today, 1);
      new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
          By.cssSelector(".cascade-training-message"), "Đã chuyển đến " + Dates.vn(next)));
      assertThat(section.getText()).contains("Ngày của ứng dụng: " + Dates.vn(next), "đi trước ngày thật");
      assertThat(clock.today()).isEqualTo(next);
      screenshot("2-moved");

      // a day typed as Vietnamese offices write it, day/month/year
      LocalDate later = calendar.addWorkingDays(next, 2);
      WebElement date = section.findElement(By.cssSelector("input[name='date']"));
      assertThat(date.getAttribute("placeholder")).isEqualTo("ngày/tháng/năm");
      date.sendKeys(later.getDayOfMonth() + "/" + later.getMonthValue() + "/" + later.getYear());
      section.findElement(By.cssSelector("button[data-action='to-date']")).click();
      new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
          By.cssSelector(".cascade-training-message"), "Đã chuyển đến " + Dates.vn(later)));
      assertThat(clock.today()).isEqualTo(later);
      screenshot("3-to-date");
    } catch (AssertionError | RuntimeException e) {
      screenshot("FAILED");
      throw e;
    }
  }

  WebElement waitFor(By by) {
    return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  void screenshot(String name) {
    browser.screenshot(name);
  }
}
