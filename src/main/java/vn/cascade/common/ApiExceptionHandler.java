package vn.cascade.common;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.server.ResponseStatusException;

/** Turns errors of the project's REST API into JSON bodies with Vietnamese messages. */
@RestControllerAdvice(basePackages = "vn.cascade")
class ApiExceptionHandler {

  @ExceptionHandler(RuntimeException.class)
  ResponseEntity<Map<String, Object>> onRuntime(RuntimeException e) {
    InvalidInputException invalid = Errors.findCause(e, InvalidInputException.class);
    if (invalid != null) {
      return body(HttpStatus.BAD_REQUEST, invalid.getMessage(), invalid.errors());
    }
    if (Errors.findCause(e, AuthorizationException.class) != null) {
      return body(HttpStatus.FORBIDDEN, "Bạn không có quyền thực hiện thao tác này.", List.of());
    }
    if (e instanceof ResponseStatusException rse) {
      return body(HttpStatus.valueOf(rse.getStatusCode().value()), rse.getReason(), List.of());
    }
    throw e;
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<Map<String, Object>> onInvalid(MethodArgumentNotValidException e) {
    List<InvalidInputException.FieldError> errors = e.getBindingResult().getFieldErrors().stream()
        .map(f -> new InvalidInputException.FieldError(f.getField(), f.getDefaultMessage()))
        .toList();
    return body(HttpStatus.BAD_REQUEST, "Dữ liệu không hợp lệ.", errors);
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<Map<String, Object>> onTooLarge(MaxUploadSizeExceededException e) {
    return body(HttpStatus.BAD_REQUEST, "Tệp đính kèm vượt quá dung lượng cho phép.",
        List.of(new InvalidInputException.FieldError("attachment", "Tệp đính kèm vượt quá dung lượng cho phép.")));
  }

  private static ResponseEntity<Map<String, Object>> body(
      HttpStatus status, String message, List<InvalidInputException.FieldError> errors) {
    return ResponseEntity.status(status).body(Map.of(
        "status", status.value(),
        "message", message == null ? status.getReasonPhrase() : message,
        "errors", errors));
  }
}
