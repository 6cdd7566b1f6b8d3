package vn.cascade.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/** A user's HTTP client for the running application (HTTP Basic with the user's own credentials). */
public final class Api {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final HttpClient http;
  private final String base;
  private final String authorization;
  private final java.util.Map<String, String> headers = new java.util.HashMap<>();

  private Api(String base, String user, String password) {
    this(HTTP, base, user, password);
  }

  private Api(HttpClient http, String base, String user, String password) {
    this.http = http;
    this.base = base;
    this.authorization = user == null ? null
        : "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  public static Api as(int port, String user) {
    return new Api("http://localhost:" + port, user, "demo");
  }

  public static Api as(int port, String user, String password) {
    return new Api("http://localhost:" + port, user, password);
  }

  public static Api anonymous(int port) {
    return new Api("http://localhost:" + port, null, null);
  }

  /**
   * A browser-like client: signs in to the Camunda webapp (Tasklist) as {@code user} and then sends the session
   * cookie, no HTTP Basic.
   */
  public static Api tasklistSession(int port, String user) {
    java.net.CookieManager cookies = new java.net.CookieManager();
    HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
    Api api = new Api(client, "http://localhost:" + port, null, null);
    api.get("/camunda/app/tasklist/default/");
    String xsrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(java.net.HttpCookie::getValue).findFirst().orElseThrow(() -> new AssertionError("no XSRF-TOKEN"));
    Response login = send(client, api.request("/camunda/api/admin/auth/user/default/login/tasklist")
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrf)
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo")));
    if (login.status() != 200) {
      throw new AssertionError("Tasklist login failed: " + login);
    }
    // the webapp's own engine API wants Camunda's CSRF token, as Tasklist sends it (renewed at sign-in)
    api.get("/camunda/app/tasklist/default/");
    String renewed = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .reduce((first, last) -> last).map(java.net.HttpCookie::getValue).orElse(xsrf);
    return api.withHeader("X-XSRF-TOKEN", renewed);
  }

  /** Sends this header with every further request. */
  public Api withHeader(String name, String value) {
    headers.put(name, value);
    return this;
  }

  public record Response(int status, String body) {
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (Exception e) {
        throw new AssertionError("Not JSON (" + status + "): " + body, e);
      }
    }
  }

  /** A body for Camunda's REST API: {@code {"variables": {name: {"value": v}}}}; a Map value is taken as typed. */
  public static java.util.Map<String, Object> vars(Object... keyValues) {
    java.util.Map<String, Object> variables = new java.util.LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      Object value = keyValues[i + 1];
      variables.put((String) keyValues[i], value instanceof java.util.Map<?, ?> typed ? typed
          : java.util.Map.of("value", value));
    }
    return java.util.Map.of("variables", variables);
  }

  /** The one open task at {@code key} of the process instance, as this user sees it (null when hidden). */
  public JsonNode task(String processInstanceId, String key) {
    JsonNode tasks = get("/engine-rest/task?processInstanceId=" + processInstanceId + "&taskDefinitionKey=" + key)
        .json();
    return tasks.isEmpty() ? null : tasks.get(0);
  }

  /** Completes the task at {@code key} through /engine-rest, as this user. */
  public Response complete(String processInstanceId, String key, java.util.Map<String, Object> body) {
    JsonNode task = task(processInstanceId, key);
    if (task == null) {
      throw new AssertionError("The user does not see task " + key + " of " + processInstanceId);
    }
    return postJson("/engine-rest/task/" + task.get("id").asText() + "/complete", body);
  }

  public Response get(String path) {
    return send(request(path).GET());
  }

  public Response postJson(String path, Object body) {
    try {
      String text = body instanceof String s ? s : JSON.writeValueAsString(body);
      return send(request(path).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public Response put(String path, Object body) {
    try {
      String text = body instanceof String s ? s : JSON.writeValueAsString(body);
      return send(request(path).header("Content-Type", "application/json")
          .PUT(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public Response delete(String path) {
    return send(request(path).DELETE());
  }

  /** Any method, any body (raw bytes) with the given content type; for inputs no well-behaved client sends. */
  public Response send(String method, String path, String contentType, byte[] body) {
    HttpRequest.Builder builder = request(path);
    if (contentType != null) {
      builder.header("Content-Type", contentType);
    }
    return send(builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /** GET a binary body (a .docx, an .xlsx), with its status and headers. */
  public HttpResponse<byte[]> download(String path) {
    try {
      return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The response's headers too (the other methods keep status and body only). */
  public HttpResponse<String> getWithHeaders(String path, String... headerPairs) {
    HttpRequest.Builder builder = request(path).GET();
    for (int i = 0; i < headerPairs.length; i += 2) {
      builder.setHeader(headerPairs[i], headerPairs[i + 1]);
    }
    try {
      return http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** multipart/form-data with a JSON part {@code data} and, if given, a file part {@code attachment}. */
  public Response postMultipart(String path, Object data, String fileName, String contentType, byte[] file) {
    try {
      String boundary = "----cascade" + UUID.randomUUID();
      var out = new java.io.ByteArrayOutputStream();
      out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"\r\n"
          + "Content-Type: application/json\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      out.write(JSON.writeValueAsBytes(data));
      out.write("\r\n".getBytes(StandardCharsets.UTF_8));
      if (file != null) {
        out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"attachment\"; filename=\"" + fileName
            + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(file);
        out.write("\r\n".getBytes(StandardCharsets.UTF_8));
      }
      out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
      return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
          .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
    if (!headers.containsKey("Accept")) {
      builder.header("Accept", "application/json");
    }
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    headers.forEach(builder::setHeader);
    return builder;
  }

  private Response send(HttpRequest.Builder builder) {
    return send(http, builder);
  }

  private static Response send(HttpClient http, HttpRequest.Builder builder) {
    try {
      HttpResponse<byte[]> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Response(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
