package vn.cascade.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.camunda.bpm.engine.AuthorizationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error of Cascade's REST API into its JSON body, {@code {"status","message","errors":[{"field",
 * "message"}]}}, in Vietnamese, naming the field and never a class, SQL or stack trace. Spring's
 * {@link ResponseEntityExceptionHandler} gives each of Spring MVC's own exceptions its status (400, 404, 405, 406,
 * 413, 415, ...); this class only words them. Refused input is logged in one line at INFO; anything else that goes
 * wrong is a 500 with a neutral message, logged at ERROR with its stack trace. Errors raised before a controller
 * is chosen (no such path, wrong method, an upload over the limit) are worded by {@link ApiErrorAttributes}.
 */
@RestControllerAdvice(basePackages = "vn.cascade")
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(RuntimeException.class)
  ResponseEntity<Object> onRuntime(RuntimeException e, HttpServletRequest request) {
    InvalidInputException invalid = Errors.findCause(e, InvalidInputException.class);
    if (invalid != null) {
      HttpStatus status = invalid instanceof RecordNotFoundException ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
      return refused(request, status, invalid.getMessage(), invalid.errors());
    }
    if (Errors.findCause(e, AuthorizationException.class) != null) {
      return refused(request, HttpStatus.FORBIDDEN, "Bạn không có quyền thực hiện thao tác này.", List.of());
    }
    UserFacingRefusal refusal = Errors.findCause(e, UserFacingRefusal.class);
    if (refusal != null) {
      return refused(request, HttpStatus.BAD_REQUEST, refusal.userMessage(), List.of());
    }
    MultipartException multipart = Errors.findCause(e, MultipartException.class);
    if (multipart != null) {
      // parts are read when the controller asks for them (resolve-lazily): over the limit, Tomcat's size error
      boolean tooLarge = Errors.findCause(e, SizeException.class) != null;
      String message = tooLarge ? ApiErrorAttributes.TOO_LARGE : "Nội dung multipart/form-data không hợp lệ.";
      return refused(request, tooLarge ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST, message,
          List.of(new InvalidInputException.FieldError(tooLarge ? "attachment" : "body", message)));
    }
    DataIntegrityViolationException integrity = Errors.findCause(e, DataIntegrityViolationException.class);
    if (integrity != null) {
      // input checks should have caught it; the database's text (and its SQL) stays in the log
      LOG.warn("Refused by the database on {} {}: {}", request.getMethod(), request.getRequestURI(),
          integrity.getMostSpecificCause().getMessage());
      return body(HttpStatus.BAD_REQUEST, "Dữ liệu không hợp lệ (quá dài, trùng hoặc thiếu) và chưa được lưu.",
          List.of());
    }
    LOG.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
    return body(HttpStatus.INTERNAL_SERVER_ERROR, "Lỗi hệ thống; thao tác chưa được thực hiện. Vui lòng thử lại "
        + "hoặc báo quản trị viên.", List.of());
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<InvalidInputException.FieldError> errors = e.getBindingResult().getFieldErrors().stream()
        .map(f -> new InvalidInputException.FieldError(f.getField(), f.getDefaultMessage()))
        .toList();
    return refused(request, HttpStatus.BAD_REQUEST, joined(errors), errors);
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<InvalidInputException.FieldError> errors = e.getAllValidationResults().stream()
        .flatMap(r -> r.getResolvableErrors().stream().map(err -> new InvalidInputException.FieldError(
            err instanceof org.springframework.validation.FieldError f ? f.getField()
                : r.getMethodParameter().getParameterName(), err.getDefaultMessage())))
        .toList();
    return refused(request, HttpStatus.BAD_REQUEST, joined(errors), errors);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    InvalidInputException.FieldError error = unreadable(e);
    return refused(request, HttpStatus.BAD_REQUEST, error.message(), List.of(error));
  }

  @Override
  protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    String field = e.getPropertyName() == null ? "?" : e.getPropertyName();
    String message = "Trường '" + field + "' phải là " + expected(e.getRequiredType()) + ".";
    return refused(request, HttpStatus.BAD_REQUEST, message, List.of(new InvalidInputException.FieldError(field,
        message)));
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String message = "Thiếu tham số '" + e.getParameterName() + "'.";
    return refused(request, HttpStatus.BAD_REQUEST, message,
        List.of(new InvalidInputException.FieldError(e.getParameterName(), message)));
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String message = "Thiếu phần '" + e.getRequestPartName() + "' của biểu mẫu.";
    return refused(request, HttpStatus.BAD_REQUEST, message,
        List.of(new InvalidInputException.FieldError(e.getRequestPartName(), message)));
  }

  @Override
  protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String message = ApiErrorAttributes.TOO_LARGE;
    return refused(request, HttpStatus.PAYLOAD_TOO_LARGE, message,
        List.of(new InvalidInputException.FieldError("attachment", message)));
  }

  /** Every other Spring MVC exception: its status, worded by status (its English text stays out). */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    String message = e instanceof ResponseStatusException rse && rse.getReason() != null ? rse.getReason()
        : ApiErrorAttributes.message(status.value());
    if (status.is5xxServerError()) {
      LOG.error("Error on {}", describe(request), e);
      return body(HttpStatus.valueOf(status.value()), message, List.of());
    }
    return refused(request, HttpStatus.valueOf(status.value()), message, List.of());
  }

  /** A field error for a body that is not JSON, or whose field has the wrong type. */
  static InvalidInputException.FieldError unreadable(HttpMessageNotReadableException e) {
    JsonMappingException mapping = Errors.findCause(e, JsonMappingException.class);
    if (mapping == null || mapping.getPath().isEmpty()) {
      String message = Errors.findCause(e, JsonProcessingException.class) != null || mapping != null
          ? "Nội dung gửi lên không phải JSON hợp lệ." : "Thiếu nội dung (JSON) của yêu cầu.";
      return new InvalidInputException.FieldError("body", message);
    }
    String field = mapping.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining(".")).replace(".[", "[");
    if (mapping instanceof UnrecognizedPropertyException) {
      return new InvalidInputException.FieldError(field, "Trường '" + field + "' không có trong biểu mẫu.");
    }
    Class<?> target = mapping instanceof MismatchedInputException mismatched ? mismatched.getTargetType() : null;
    String got = mapping instanceof InvalidFormatException format && format.getValue() != null
        ? " (nhận được '" + abbreviate(String.valueOf(format.getValue())) + "')" : "";
    return new InvalidInputException.FieldError(field, "Trường '" + field + "' phải là " + expected(target) + got
        + ".");
  }

  /** What a user should send for a field of this type, in Vietnamese. */
  static String expected(Class<?> type) {
    if (type == null) {
      return "giá trị đúng kiểu";
    }
    if (type == String.class || type == Character.class) {
      return "văn bản (chuỗi ký tự)";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class
        || type == Short.class || type == short.class) {
      return "một số nguyên";
    }
    if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
      return "một số";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true hoặc false";
    }
    if (type == LocalDate.class || Temporal.class.isAssignableFrom(type)) {
      return "một ngày dạng yyyy-MM-dd";
    }
    if (type.isEnum()) {
      return "một trong các giá trị " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
          .collect(Collectors.joining(", "));
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "một danh sách";
    }
    if (Map.class.isAssignableFrom(type) || type.isRecord()) {
      return "một đối tượng JSON";
    }
    return "giá trị đúng kiểu";
  }

  private static String abbreviate(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }

  private static String joined(List<InvalidInputException.FieldError> errors) {
    return errors.isEmpty() ? "Dữ liệu không hợp lệ."
        : String.join("; ", errors.stream().map(InvalidInputException.FieldError::message).toList());
  }

  private static ResponseEntity<Object> refused(HttpServletRequest request, HttpStatus status, String message,
      List<InvalidInputException.FieldError> errors) {
    LOG.info("Refused {} {}: {} {}", request.getMethod(), request.getRequestURI(), status.value(), message);
    return body(status, message, errors);
  }

  private static ResponseEntity<Object> refused(WebRequest request, HttpStatus status, String message,
      List<InvalidInputException.FieldError> errors) {
    LOG.info("Refused {}: {} {}", describe(request), status.value(), message);
    return body(status, message, errors);
  }

  private static String describe(WebRequest request) {
    HttpServletRequest servlet = request instanceof NativeWebRequest nativeRequest
        ? nativeRequest.getNativeRequest(HttpServletRequest.class) : null;
    return servlet == null ? request.getDescription(false) : servlet.getMethod() + " " + servlet.getRequestURI();
  }

  /** The body, always as JSON whatever the client's Accept header asked for (so a refusal is never a 406). */
  static ResponseEntity<Object> body(HttpStatus status, String message,
      List<InvalidInputException.FieldError> errors) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status.value());
    body.put("message", message == null ? ApiErrorAttributes.message(status.value()) : message);
    body.put("errors", errors);
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
  }
}
