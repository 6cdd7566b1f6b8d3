package vn.cascade.browser;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, in a fresh profile, driven by its ChromeDriver (no browser is downloaded), with the
 * flags this machine's closed network needs; screenshots and the page's HTML go to a folder of the test's.
 */
final class HeadlessChromium implements AutoCloseable {

  static final File CHROMIUM = new File("/usr/bin/chromium");
  static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

  final WebDriver driver;
  private final Path profileDir;
  private final Path shots;

  private HeadlessChromium(WebDriver driver, Path profileDir, Path shots) {
    this.driver = driver;
    this.profileDir = profileDir;
    this.shots = shots;
  }

  /** Starts the browser with a window of {@code width} x {@code height}; fails the test clearly without Chromium. */
  static HeadlessChromium start(Path shots, int width, int height) throws IOException {
    if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
      fail("The browser tests need Debian's Chromium and its driver at " + CHROMIUM + " and " + CHROMEDRIVER
          + "; install them with: apt-get install -y chromium chromium-driver");
    }
    Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
    Files.createDirectories(shots);
    Path profileDir = Files.createTempDirectory("cascade-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.getPath());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--window-size=" + width + "," + height, "--lang=vi-VN", "--user-data-dir=" + profileDir);
    WebDriver driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
        .usingAnyFreePort().build(), options);
    return new HeadlessChromium(driver, profileDir, shots);
  }

  void screenshot(String name) {
    try {
      File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
      Files.copy(png.toPath(), shots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
      Files.writeString(shots.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      System.err.println("[browser] no screenshot " + name + ": " + e);
    }
  }

  @Override
  public void close() throws IOException {
    driver.quit();
    try (Stream<Path> files = Files.walk(profileDir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
