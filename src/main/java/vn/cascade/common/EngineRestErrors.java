package vn.cascade.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;

/**
 * Camunda's REST API ({@code /engine-rest}) answers errors in its own format, {@code {"type","message","code"}};
 * this keeps the format and its {@code type}/{@code code}, and words the message in Vietnamese by what happened,
 * because Camunda's English text can carry Java class names ("... to java type java.lang.Integer") and, for
 * database failures, SQL. The engine reports an id that does not exist (a task already completed, an instance
 * that has ended) as a 500 {@code NullValueException} ("task ... doesn't exist"); that is a 404 here, and a
 * Java-serialized value, which the engine prohibits (javaSerializationFormatEnabled off), a 400. A refusal of
 * Cascade's own (type {@code InvalidInputException}, see {@link EngineRestConfig}) is already Vietnamese.
 */
@Provider
public class EngineRestErrors implements ContainerResponseFilter {

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    int status = response.getStatus();
    if (status < 400) {
      return;
    }
    Object entity = response.getEntity();
    if (entity instanceof Map<?, ?> map && "InvalidInputException".equals(map.get("type"))) {
      return;
    }
    ExceptionDto dto = entity instanceof ExceptionDto e ? e : null;
    String type = dto != null && dto.getType() != null ? dto.getType() : "RestException";
    String original = dto != null ? String.valueOf(dto.getMessage()) : entity == null ? "" : entity.toString();
    if (status == 500 && notFound(type, original)) {
      status = 404;
    } else if (status == 500 && javaSerialized(original)) {
      status = 400;
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message(status, original));
    body.put("code", dto == null ? null : dto.getCode());
    response.setStatus(status);
    response.setEntity(body, response.getEntityAnnotations(), MediaType.APPLICATION_JSON_TYPE);
  }

  static boolean notFound(String type, String message) {
    return "NullValueException".equals(type) || message.contains("doesn't exist")
        || message.contains("Cannot find task with id") || message.contains("No matching");
  }

  /** The engine refuses Java-serialized values (javaSerializationFormatEnabled is off), but as a 500. */
  static boolean javaSerialized(String message) {
    return message.contains("Java serialization format is prohibited");
  }

  static String message(int status, String original) {
    if (javaSerialized(original)) {
      return "Không nhận biến tuần tự hóa kiểu Java (application/x-java-serialized-object); hãy gửi giá trị "
          + "dạng JSON.";
    }
    return switch (status) {
      case 400 -> original.contains("Cannot convert value") || original.contains("Cannot deserialize")
          ? "Giá trị của một biến không khớp với kiểu (type) đã khai báo."
          : original.contains("Unexpected") || original.contains("JSON") || original.contains("json")
              ? "Nội dung gửi lên không phải JSON hợp lệ hoặc sai cấu trúc."
              : "Yêu cầu không hợp lệ: dữ liệu gửi lên thiếu, sai kiểu hoặc sai định dạng.";
      case 401 -> "Cần đăng nhập (tên đăng nhập và mật khẩu).";
      case 403 -> "Bạn không có quyền thực hiện thao tác này.";
      case 404 -> "Không tìm thấy đối tượng được yêu cầu (không tồn tại, đã kết thúc hoặc đã hoàn thành).";
      case 405 -> "Địa chỉ này không nhận phương thức (method) đã gửi.";
      case 406 -> "Không trả lời được theo định dạng yêu cầu; API trả lời bằng JSON.";
      case 409 -> "Dữ liệu vừa được thay đổi bởi một thao tác khác; hãy tải lại và thử lại.";
      case 415 -> "Định dạng nội dung gửi lên không được hỗ trợ (cần application/json).";
      default -> status >= 500 ? "Lỗi hệ thống; thao tác chưa được thực hiện." : "Yêu cầu không hợp lệ.";
    };
  }
}
