package vn.cascade.common;

import jakarta.servlet.RequestDispatcher;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * The body of Spring Boot's error page ({@code /error}) for Cascade's API: what fails before a controller is chosen
 * (no such path, a method the path does not take, an upload over the limit, a client that accepts no JSON) answers
 * in Cascade's format and in Vietnamese, not with Spring's "No static resource" and its English text. Other paths
 * keep Spring Boot's default body. This is Spring Boot's documented way of shaping that body.
 */
@Component
public class ApiErrorAttributes extends DefaultErrorAttributes {

  static final String TOO_LARGE = "Tệp hoặc nội dung gửi lên vượt quá dung lượng cho phép.";

  @Override
  public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI, RequestAttributes.SCOPE_REQUEST);
    if (uri == null || !(uri.toString().equals("/api") || uri.toString().startsWith("/api/"))) {
      return super.getErrorAttributes(request, options);
    }
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE, RequestAttributes.SCOPE_REQUEST);
    int status = code instanceof Integer i ? i : 500;
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status);
    body.put("message", message(status));
    body.put("errors", status == 413
        ? List.of(new InvalidInputException.FieldError("attachment", TOO_LARGE)) : List.of());
    return body;
  }

  /** The Vietnamese message of an HTTP status, for errors that carry no message of Cascade's own. */
  public static String message(int status) {
    return switch (status) {
      case 400 -> "Yêu cầu không hợp lệ.";
      case 401 -> "Cần đăng nhập (tên đăng nhập và mật khẩu).";
      case 403 -> "Bạn không có quyền thực hiện thao tác này.";
      case 404 -> "Không tìm thấy địa chỉ hoặc đối tượng được yêu cầu.";
      case 405 -> "Địa chỉ này không nhận phương thức (method) đã gửi.";
      case 406 -> "Không trả lời được theo định dạng yêu cầu; API trả lời bằng JSON.";
      case 409 -> "Thao tác xung đột với trạng thái hiện tại.";
      case 413 -> TOO_LARGE;
      case 415 -> "Định dạng nội dung gửi lên không được hỗ trợ (cần application/json hoặc multipart/form-data).";
      default -> status >= 500 ? "Lỗi hệ thống; thao tác chưa được thực hiện." : "Yêu cầu không hợp lệ.";
    };
  }
}
