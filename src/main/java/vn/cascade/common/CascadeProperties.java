package vn.cascade.common;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings under {@code cascade.*}. */
@ConfigurationProperties("cascade")
public record CascadeProperties(String zone, String baseUrl, Attachments attachments, String provinceUnit) {

  public CascadeProperties {
    zone = zone == null ? "Asia/Ho_Chi_Minh" : zone;
    baseUrl = baseUrl == null ? "http://localhost:8080" : baseUrl;
    attachments = attachments == null ? new Attachments(10 * 1024 * 1024) : attachments;
    provinceUnit = provinceUnit == null ? "ubnd-tinh" : provinceUnit;
  }

  public ZoneId zoneId() {
    return ZoneId.of(zone);
  }

  public record Attachments(long maxBytes) {}
}
