package vn.cascade.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The Camunda webapps (Tasklist, Cockpit, Admin, Welcome) are served in Vietnamese: the project's files under
 * {@code src/main/resources/META-INF/resources/webjars/camunda/app/} take precedence over the same paths in the
 * camunda-webapp-webjar jar. Fails when that stops being true (a changed path or classpath order), or when a Camunda
 * upgrade brings labels that {@code vi.json} does not have yet (they would show in English: translate them).
 */
// the same configuration as SeedCycleIT, so both share one application context
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=true",
    "cascade.attachments.max-bytes=200000"})
@ActiveProfiles({"test", "demo"})
class WebappLocaleIT {

  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}]*?)\\s*\\}\\}");

  /** A label of each app that must be the project's Vietnamese, not Camunda's English or German. */
  static final Map<String, Map<String, String>> KNOWN = Map.of(
      "tasklist", Map.of("CLAIM_TASK", "Nhận xử lý", "COMPLETE", "Hoàn thành", "DUE_DATE", "Hạn xử lý",
          "FOLLOW_UP_DATE", "Ngày theo dõi", "ASSIGNEE", "Người xử lý", "CANDIDATE_GROUP", "Nhóm được giao",
          "FILTER", "Bộ lọc"),
      "cockpit", Map.of("DASHBOARD_OPEN_INCIDENTS", "Sự cố đang mở", "COCKPIT_DEPLOYMENTS", "Bản triển khai"),
      "admin", Map.of("USERS_LIST_USERS", "Danh sách người dùng"),
      "welcome", Map.of("APPLICATIONS", "Ứng dụng"));

  @LocalServerPort int port;

  String get(String path, int expectedStatus) throws Exception {
    HttpResponse<String> response = HTTP.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).as("GET " + path).isEqualTo(expectedStatus);
    return response.body();
  }

  static JsonNode json(String body) throws Exception {
    // Camunda's own locale files start with a UTF-8 byte order mark
    return JSON.readTree(body.startsWith("\uFEFF") ? body.substring(1) : body);
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void vietnameseLabelsAreServedAndCompleteAgainstCamundasEnglish(String app) throws Exception {
    JsonNode vi = json(get("/camunda/app/" + app + "/locales/vi.json", 200));
    JsonNode en = json(get("/camunda/app/" + app + "/locales/en.json", 200)); // still Camunda's, from the jar

    KNOWN.get(app).forEach((key, text) -> assertThat(vi.path("labels").path(key).asText()).as(app + " " + key)
        .isEqualTo(text));

    Set<String> missing = new TreeSet<>();
    List<String> wrongPlaceholders = new ArrayList<>();
    en.path("labels").fields().forEachRemaining(label -> {
      JsonNode translated = vi.path("labels").get(label.getKey());
      if (translated == null) {
        missing.add(label.getKey());
      } else if (!placeholders(label.getValue().asText()).equals(placeholders(translated.asText()))) {
        wrongPlaceholders.add(label.getKey());
      }
    });
    assertThat(missing).as("labels of Camunda's %s/locales/en.json missing from vi.json (shown in English)", app)
        .isEmpty();
    assertThat(wrongPlaceholders).as("labels of %s/locales/vi.json whose {{placeholders}} differ from en.json", app)
        .isEmpty();
    if (en.has("dateLocales")) {
      assertThat(vi.path("dateLocales").path("weekdays").get(1).asText()).isEqualTo("Thứ hai");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void configMakesVietnameseTheDefaultWithEnglishFallback(String app) throws Exception {
    String config = get("/camunda/app/" + app + "/scripts/config.js", 200);
    assertThat(config)
        .contains("const CASCADE_LANGS = ['vi', 'en'];")
        .contains("availableLocales: CASCADE_LANGS")
        .contains("fallbackLocale: 'en'")
        .contains("return 'vi';")
        .contains("deps: ['cascade-locale'");
    assertThat(get("/camunda/app/" + app + "/scripts/cascade-locale.js", 200))
        .contains("angular.module('cascade.locale'");
  }

  /** Tasklist's and Cockpit's other Cascade scripts are served where their config.js loads them from. */
  @Test
  void tasklistAndCockpitLoadCascadesScripts() throws Exception {
    assertThat(get("/camunda/app/tasklist/scripts/config.js", 200))
        .contains("'cascade-task-link': 'scripts/cascade-task-link'").contains("NativeDateTimeFormat('vi-VN'");
    assertThat(get("/camunda/app/tasklist/scripts/cascade-task-link.js", 200))
        .contains("angular.module('cascade.taskLink'");
    assertThat(get("/camunda/app/cockpit/scripts/config.js", 200))
        .contains("'cascade-read-only': 'scripts/cascade-read-only'");
    assertThat(get("/camunda/app/cockpit/scripts/cascade-read-only.js", 200))
        .contains("angular.module('cascade.readOnly'");
  }

  static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      found.add(m.group(1).replaceAll("\\s+", ""));
    }
    return found;
  }
}
