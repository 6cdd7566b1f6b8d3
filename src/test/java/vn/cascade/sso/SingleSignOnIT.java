package vn.cascade.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.cascade.support.CycleDriver.item;
import static vn.cascade.support.CycleDriver.nextIncomingNumber;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.cascade.assignment.AssignmentProcess;
import vn.cascade.support.Api;
import vn.cascade.support.CycleDriver;

/**
 * Single sign-on against a real OpenID Connect provider ({@link ProvinceIdentityProvider}, Spring Authorization
 * Server on its own port): a browser-like HTTP client that follows redirects signs in on the provider's login form
 * and lands in Tasklist as that Cascade user; the provider's access token works as a bearer token on {@code /api}
 * and {@code /engine-rest} and shows only the user's unit's work; forged, expired and foreign tokens are 401; a
 * person the provider knows and Cascade does not is refused in Vietnamese; HTTP Basic still works.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=true",
    "spring.security.oauth2.client.registration.province.client-id=" + ProvinceIdentityProvider.CLIENT_ID,
    "spring.security.oauth2.client.registration.province.client-secret=" + ProvinceIdentityProvider.CLIENT_SECRET,
    "spring.security.oauth2.client.registration.province.scope=openid,profile"})
@ActiveProfiles({"test", "demo"})
class SingleSignOnIT {

  static final ObjectMapper JSON = new ObjectMapper();
  static final List<String> UNITS = List.of("sxd", "sct");

  static ProvinceIdentityProvider.Running provider;

  @DynamicPropertySource
  static void provider(DynamicPropertyRegistry registry) {
    provider = ProvinceIdentityProvider.start();
    registry.add("spring.security.oauth2.client.provider.province.issuer-uri", () -> provider.issuer());
  }

  @AfterAll
  static void stopProvider() {
    if (provider != null) {
      provider.close();
    }
  }

  @LocalServerPort int port;
  @Autowired CycleDriver cycle;
  @Autowired org.camunda.bpm.engine.IdentityService identityService;

  String cascade() {
    return "http://127.0.0.1:" + port;
  }

  // --- the browser: authorization code flow through the provider's login form ---

  record Browser(HttpClient http, HttpResponse<String> landing) {
    HttpResponse<String> get(String url) {
      return send(http, HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json").GET());
    }
  }

  /** Opens Tasklist, is sent to the provider, signs in there as {@code user}, and follows the redirects back. */
  Browser signIn(String user) {
    HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NORMAL).build();
    HttpResponse<String> form = send(http, html(cascade() + "/camunda/app/tasklist/default/").GET());
    assertThat(form.uri().toString()).as("Tasklist sends the browser to the provider's login form")
        .startsWith(provider.issuer() + "/login");
    HttpResponse<String> landing = send(http, html(provider.issuer() + "/login")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", user,
            "password", ProvinceIdentityProvider.PASSWORD, "_csrf", csrf(form.body()))))));
    return new Browser(http, landing);
  }

  @Test
  void aUserSignsInAtTheProviderAndLandsInTasklistAsThemselves() throws Exception {
    Browser browser = signIn("sxd.lanhdao");
    assertThat(browser.landing().statusCode()).isEqualTo(200);
    // back where it started (Spring Security's saved request adds "?continue")
    assertThat(browser.landing().uri().toString()).startsWith(cascade() + "/camunda/app/tasklist/default/");
    assertThat(browser.landing().body()).contains("tasklist");

    JsonNode user = JSON.readTree(browser.get(cascade() + "/camunda/api/admin/auth/user/default").body());
    assertThat(user.get("userId").asText()).isEqualTo("sxd.lanhdao");
    assertThat(user.get("authorizedApps").toString()).contains("tasklist");

    // Tasklist's session reaches Cascade's API as that user, with the unit from Cascade's organisation
    JsonNode me = JSON.readTree(browser.get(cascade() + "/api/me").body());
    assertThat(me.get("userId").asText()).isEqualTo("sxd.lanhdao");
    assertThat(me.get("unitCode").asText()).isEqualTo("sxd");
    assertThat(me.get("groups").toString()).contains("sxd-leaders");

    // Tasklist's sign-out ends Cascade's session (Camunda's and Spring Security's); the provider's session stays
    String xsrf = ((java.net.CookieManager) browser.http().cookieHandler().orElseThrow()).getCookieStore()
        .getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN")).reduce((first, last) -> last)
        .map(java.net.HttpCookie::getValue).orElseThrow();
    HttpResponse<String> logout = send(browser.http(), HttpRequest.newBuilder(
        URI.create(cascade() + "/camunda/api/admin/auth/user/default/logout")).header("X-XSRF-TOKEN", xsrf)
        .POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(logout.statusCode()).as(logout.body()).isEqualTo(200);
    HttpResponse<String> after = send(HttpClient.newBuilder().cookieHandler(browser.http().cookieHandler().orElseThrow())
        .build(), HttpRequest.newBuilder(URI.create(cascade() + "/camunda/api/admin/auth/user/default")).GET());
    assertThat(after.statusCode()).as("signed out: sent to sign in again").isEqualTo(302);
    assertThat(after.headers().firstValue("Location").orElse("")).endsWith("/oauth2/authorization/province");
  }

  @Test
  void aPersonCascadeDoesNotKnowIsRefusedInVietnamese() {
    Browser browser = signIn(ProvinceIdentityProvider.STRANGER);
    assertThat(browser.landing().statusCode()).isEqualTo(403);
    assertThat(browser.landing().body()).contains("«nguoi.la»", "chưa có trong Cascade", "quản trị viên");
    // nothing of them is kept: the webapps do not know them
    assertThat(browser.get(cascade() + "/camunda/api/admin/auth/user/default").statusCode()).isNotEqualTo(200);

    String token = accessToken(ProvinceIdentityProvider.STRANGER);
    HttpResponse<String> api = bearer("/api/me", token);
    assertThat(api.statusCode()).isEqualTo(403);
    assertThat(api.body()).contains("chưa có trong Cascade");
    assertThat(bearer("/engine-rest/task", token).statusCode()).isEqualTo(403);
  }

  // --- bearer tokens ---

  @Test
  void theProvidersAccessTokenWorksOnBothApisAndShowsOnlyTheUnitsWork() throws Exception {
    Map<String, String> pids = aDispatchToSxdAndSct();
    String token = accessToken("sxd.lanhdao");

    HttpResponse<String> me = bearer("/api/me", token);
    assertThat(me.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(me.body()).get("userId").asText()).isEqualTo("sxd.lanhdao");
    assertThat(JSON.readTree(me.body()).get("unitCode").asText()).isEqualTo("sxd");

    HttpResponse<String> tasks = bearer("/engine-rest/task", token);
    assertThat(tasks.statusCode()).isEqualTo(200);
    Set<String> seen = new HashSet<>();
    Set<String> instances = new HashSet<>();
    JSON.readTree(tasks.body()).forEach(t -> {
      seen.add(t.get("id").asText());
      instances.add(t.get("processInstanceId").asText());
    });
    assertThat(seen).contains(cycle.task(pids.get("sxd"), AssignmentProcess.Elements.RECEIVE).getId())
        .doesNotContain(cycle.task(pids.get("sct"), AssignmentProcess.Elements.RECEIVE).getId());
    assertThat(instances).doesNotContain(pids.get("sct"));
    // exactly what the same user sees with HTTP Basic
    Set<String> basic = new HashSet<>();
    Api.as(port, "sxd.lanhdao").get("/engine-rest/task").json().forEach(t -> basic.add(t.get("id").asText()));
    assertThat(seen).isEqualTo(basic);

    // the other unit's leader, same provider, sees their own unit's task and not sxd's
    HttpResponse<String> sct = bearer("/engine-rest/task?processInstanceId=" + pids.get("sxd"),
        accessToken("sct.lanhdao"));
    assertThat(sct.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(sct.body())).isEmpty();
  }

  @Test
  void aTokenSignedByTheProvidersKeyIsTakenButForgedExpiredOrForeignOnesAre401() throws Exception {
    Instant now = Instant.now();
    String valid = mint(provider.key(), provider.issuer(), now.plusSeconds(300));
    // the control: a token minted this way with the provider's key and issuer is accepted
    assertThat(bearer("/api/me", valid).statusCode()).isEqualTo(200);

    RSAKey otherKey = new RSAKeyGenerator(2048).keyID(provider.key().getKeyID()).generate();
    Map<String, String> refused = Map.of(
        "expired", mint(provider.key(), provider.issuer(), now.minusSeconds(600)),
        "another issuer", mint(provider.key(), "http://localhost:1/realms/other", now.plusSeconds(300)),
        "bad signature", mint(otherKey, provider.issuer(), now.plusSeconds(300)),
        "tampered", tamper(valid),
        "not a JWT", "abc.def.ghi");
    refused.forEach((what, token) -> {
      for (String path : List.of("/api/me", "/engine-rest/task")) {
        HttpResponse<String> response = bearer(path, token);
        assertThat(response.statusCode()).as(what + " on " + path).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate").orElse("")).as(what).startsWith("Bearer");
      }
    });
    assertThat(bearer("/api/me", refused.get("expired")).body()).contains("không hợp lệ, đã hết hạn");
  }

  @Test
  void httpBasicStillWorksForIntegrations() {
    Api.Response me = Api.as(port, "sxd.lanhdao").get("/api/me");
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().get("userId").asText()).isEqualTo("sxd.lanhdao");
    assertThat(Api.as(port, "sxd.lanhdao").get("/engine-rest/task").status()).isEqualTo(200);
    try {
      assertThat(Api.as(port, "sxd.lanhdao", "wrong").get("/api/me").status()).isEqualTo(401);
    } finally {
      // the failed attempt holds the user back for a few seconds (Camunda's login throttling), in a database the
      // next test classes share
      identityService.unlockUser("sxd.lanhdao");
    }
    assertThat(Api.anonymous(port).get("/engine-rest/task").status()).isEqualTo(401);
  }

  // --- helpers ---

  Map<String, String> aDispatchToSxdAndSct() {
    String directive = cycle.approvedDispatch(nextIncomingNumber(), LocalDate.of(2025, 1, 24), List.of(
        item("Triển khai thực hiện Đề án kinh tế tuần hoàn.", "sxd", LocalDate.now().plusDays(40)),
        item("Rà soát các cơ sở công nghiệp.", "sct", LocalDate.now().plusDays(40))));
    Map<String, String> pids = new java.util.LinkedHashMap<>();
    await().atMost(Duration.ofSeconds(60)).until(() -> {
      pids.clear();
      pids.putAll(cycle.assignments(directive));
      return pids.keySet().containsAll(UNITS) && UNITS.stream()
          .allMatch(u -> cycle.task(pids.get(u), AssignmentProcess.Elements.RECEIVE) != null);
    });
    return pids;
  }

  /**
   * The provider's access token for {@code user}: the authorization code flow as a client does it (sign in on the
   * login form, take the code from the redirect, exchange it at the token endpoint).
   */
  static String accessToken(String user) {
    String redirect = "http://127.0.0.1:9" + ProvinceIdentityProvider.REDIRECT_PATH;
    HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).build();
    String authorize = provider.issuer() + "/oauth2/authorize?" + form(Map.of("response_type", "code",
        "client_id", ProvinceIdentityProvider.CLIENT_ID, "scope", "openid profile", "redirect_uri", redirect,
        "state", "s1"));
    HttpResponse<String> response = follow(http, html(authorize).GET(), redirect);
    response = follow(http, html(provider.issuer() + "/login")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", user,
            "password", ProvinceIdentityProvider.PASSWORD, "_csrf", csrf(response.body()))))), redirect);
    String location = response.headers().firstValue("Location").orElseThrow();
    Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(location);
    assertThat(code.find()).as("a code in " + location).isTrue();
    HttpResponse<String> token = send(http, HttpRequest.newBuilder(URI.create(provider.issuer() + "/oauth2/token"))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((ProvinceIdentityProvider.CLIENT_ID
            + ":" + ProvinceIdentityProvider.CLIENT_SECRET).getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "authorization_code",
            "code", java.net.URLDecoder.decode(code.group(1), StandardCharsets.UTF_8), "redirect_uri", redirect)))));
    assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
    try {
      return JSON.readTree(token.body()).get("access_token").asText();
    } catch (Exception e) {
      throw new AssertionError(token.body(), e);
    }
  }

  /** Follows redirects on the provider until one points at {@code stopAt} (not followed) or a page is answered. */
  static HttpResponse<String> follow(HttpClient http, HttpRequest.Builder request, String stopAt) {
    HttpResponse<String> response = send(http, request);
    for (int hops = 0; hops < 10 && response.statusCode() / 100 == 3; hops++) {
      String location = response.headers().firstValue("Location").orElseThrow();
      URI next = response.uri().resolve(location);
      if (next.toString().startsWith(stopAt)) {
        return response;
      }
      response = send(http, html(next.toString()).GET());
    }
    return response;
  }

  HttpResponse<String> bearer(String path, String token) {
    return send(HttpClient.newHttpClient(), HttpRequest.newBuilder(URI.create(cascade() + path))
        .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET());
  }

  static String mint(RSAKey key, String issuer, Instant expires) throws Exception {
    JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).subject("sxd.lanhdao")
        .claim("preferred_username", "sxd.lanhdao").audience(ProvinceIdentityProvider.CLIENT_ID)
        .issueTime(Date.from(expires.minusSeconds(900))).notBeforeTime(Date.from(expires.minusSeconds(900)))
        .expirationTime(Date.from(expires)).build();
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
    jwt.sign(new RSASSASigner(key));
    return jwt.serialize();
  }

  /** The same signature over a payload naming another user. */
  static String tamper(String token) {
    String[] parts = token.split("\\.");
    String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
        .replace("sxd.lanhdao", "sct.lanhdao");
    return parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
        .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
  }

  static String csrf(String loginPage) {
    Matcher m = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginPage);
    assertThat(m.find()).as("the provider's login form: " + loginPage).isTrue();
    return m.group(1);
  }

  static HttpRequest.Builder html(String url) {
    return HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html");
  }

  static String form(Map<String, String> fields) {
    return String.join("&", fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
        + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).toList());
  }

  static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) {
    try {
      return http.send(request.timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
