package vn.cascade.sso;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.cascade.support.Api;

/**
 * Without an OpenID Connect provider configured, sign-in is Camunda's own, as before single sign-on existed: Spring
 * Security's filter is not in the servlet chain, no OAuth2 or login endpoint answers, a bearer token counts for
 * nothing, and the webapps' login form and HTTP Basic work. (Same configuration as the other integration tests.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=true"})
@ActiveProfiles({"test", "demo"})
class NoSingleSignOnIT {

  @LocalServerPort int port;
  @Autowired ServletContext servletContext;

  HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    if (headers.length > 0) {
      request.headers(headers);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void springSecuritysFilterIsNotRegistered() {
    assertThat(servletContext.getFilterRegistration("springSecurityFilterChain")).isNull();
    assertThat(servletContext.getFilterRegistration("container-based-authentication")).isNull();
  }

  @Test
  void noOAuthOrLoginEndpointAnswers() throws Exception {
    for (String path : List.of("/oauth2/authorization/province", "/login/oauth2/code/province?code=x&state=y",
        "/login", "/logout")) {
      assertThat(get(path).statusCode()).as(path).isEqualTo(404);
    }
  }

  @Test
  void theWebappsOpenWithTheirOwnLoginAndABearerTokenCountsForNothing() throws Exception {
    HttpResponse<String> tasklist = get("/camunda/app/tasklist/default/");
    assertThat(tasklist.statusCode()).as("no redirect to a provider").isEqualTo(200);

    HttpResponse<String> bearer = get("/api/me", "Authorization", "Bearer abc.def.ghi");
    assertThat(bearer.statusCode()).isEqualTo(401);
    assertThat(bearer.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Basic");
    assertThat(get("/engine-rest/task", "Authorization", "Bearer abc.def.ghi").statusCode()).isEqualTo(401);

    Api session = Api.tasklistSession(port, "sxd.lanhdao");
    assertThat(session.get("/api/me").json().get("userId").asText()).isEqualTo("sxd.lanhdao");
    assertThat(Api.as(port, "sxd.lanhdao").get("/engine-rest/task").status()).isEqualTo(200);
  }
}
