package vn.cascade.common;

import java.util.Collection;
import java.util.Map;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Type checks for values that come from a form or an API client as process variables: a listener that expects
 * text gets text, or the input is refused with a Vietnamese message naming the field (never a
 * ClassCastException). Anyone may send any type for any variable through {@code /engine-rest}.
 */
public final class FormValues {

  private FormValues() {}

  /** The value as text; null when absent; refused when it is a number, true/false, an object or a list. */
  public static String text(Object value, String field, String label) {
    if (value == null || value instanceof String) {
      return (String) value;
    }
    throw new InvalidInputException(field, label + " phải là văn bản (chuỗi ký tự), không phải " + kind(value) + ".");
  }

  /** The same, with the field's name as its label. */
  public static String text(Object value, String field) {
    return text(value, field, "Trường '" + field + "'");
  }

  /** A record id (a whole number) or null; refused otherwise. */
  public static Long id(Object value, String field) {
    if (value == null) {
      return null;
    }
    if (value instanceof Long l) {
      return l;
    }
    if (value instanceof Integer || value instanceof Short) {
      return ((Number) value).longValue();
    }
    if (value instanceof String s && s.trim().matches("\\d{1,18}")) {
      return Long.valueOf(s.trim());
    }
    throw new InvalidInputException(field, "Trường '" + field + "' phải là một mã số (số nguyên dương).");
  }

  /** How a user would call the type of a value, in Vietnamese. */
  static String kind(Object value) {
    if (value instanceof Boolean) {
      return "giá trị đúng/sai";
    }
    if (value instanceof Number) {
      return "một số";
    }
    if (value instanceof Collection<?> || value.getClass().isArray()) {
      return "một danh sách";
    }
    if (value instanceof Map<?, ?> || value instanceof SpinJsonNode) {
      return "một đối tượng JSON";
    }
    if (value instanceof java.util.Date) {
      return "một ngày giờ";
    }
    return "dữ liệu khác";
  }
}
