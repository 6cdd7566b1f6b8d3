package vn.cascade.common;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.variable.serializer.StringValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.springframework.stereotype.Component;

/**
 * Two engine-level guards for input that reaches process variables, whichever API it came through
 * ({@code /api}, {@code /engine-rest}, Tasklist):
 * <ul>
 *   <li>A string variable longer than the engine's column ({@code ACT_RU_VARIABLE.TEXT_}, 4000 characters on H2
 *       and PostgreSQL), or with a name longer than {@code NAME_} (255), is refused with a Vietnamese
 *       {@link InvalidInputException} naming the variable when it is set, instead of failing in the database at
 *       flush with an SQL error. Camunda has no setting for this; a serializer ahead of its own string serializer
 *       is the engine's extension point for how a value is written.</li>
 *   <li>A refusal raised in a listener reaches the caller as itself: the engine wraps what a task listener throws
 *       ("ENGINE-03051 ... TaskListener ..."), and then logs the wrapper at ERROR with a stack trace as if it were a
 *       failure. Unwrapped, it is a {@link org.camunda.bpm.engine.BadUserRequestException}, which the engine logs
 *       at DEBUG only; the web layers log the refusal in one line. So are an unknown id (a 404) and a
 *       Java-serialized value (see {@link RefusalUnwrapping}).</li>
 * </ul>
 */
@Component
public class InputLimitsPlugin extends AbstractProcessEnginePlugin {

  /** {@code ACT_RU_VARIABLE.TEXT_} and {@code ACT_HI_VARINST.TEXT_}: varchar(4000). */
  public static final int MAX_TEXT_VARIABLE = 4000;
  /** {@code ACT_RU_VARIABLE.NAME_}: varchar(255). */
  public static final int MAX_VARIABLE_NAME = 255;

  @Override
  @SuppressWarnings({"rawtypes", "unchecked"})
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<TypedValueSerializer> serializers = configuration.getCustomPreVariableSerializers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreVariableSerializers());
    serializers.add(0, new BoundedStringSerializer());
    configuration.setCustomPreVariableSerializers(serializers);

    List<CommandInterceptor> interceptors = configuration.getCustomPostCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
    interceptors.add(new RefusalUnwrapping());
    configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
  }

  /** Camunda's string serializer (same name, same columns) that first checks the lengths. */
  static class BoundedStringSerializer extends StringValueSerializer {

    @Override
    public void writeValue(StringValue value, ValueFields fields) {
      String name = fields.getName();
      if (name != null && name.length() > MAX_VARIABLE_NAME) {
        throw new InvalidInputException(name.substring(0, 40) + "…",
            "Tên trường dài quá " + MAX_VARIABLE_NAME + " ký tự.");
      }
      String text = value.getValue();
      if (text != null && text.length() > MAX_TEXT_VARIABLE) {
        throw new InvalidInputException(name, "Trường '" + name + "' dài " + text.length()
            + " ký tự, quá giới hạn " + MAX_TEXT_VARIABLE + " ký tự.");
      }
      super.writeValue(value, fields);
    }
  }

  /**
   * Inside the command context: a wrapped refusal is rethrown as itself (the transaction still rolls back). At the
   * outermost command only (engine code may catch these from commands it nests), two engine errors that are the
   * caller's mistake become refusals too: an id that does not exist (a completed task, an ended instance), which
   * the engine raises as a {@link NullValueException} logged at ERROR, and a Java-serialized value, which it
   * prohibits (javaSerializationFormatEnabled off) with a plain engine exception.
   */
  static class RefusalUnwrapping extends CommandInterceptor {

    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    @Override
    public <T> T execute(Command<T> command) {
      int[] depth = DEPTH.get();
      depth[0]++;
      try {
        return next.execute(command);
      } catch (RuntimeException e) {
        InvalidInputException refusal = Errors.findCause(e, InvalidInputException.class);
        if (refusal != null) {
          throw refusal;
        }
        if (depth[0] == 1) {
          String message = String.valueOf(e.getMessage());
          if (e instanceof NullValueException && (message.contains("doesn't exist")
              || message.contains("Cannot find"))) {
            throw new RecordNotFoundException("id", "Không tìm thấy công việc hoặc quy trình được yêu cầu "
                + "(không tồn tại, đã kết thúc hoặc đã hoàn thành).");
          }
          if (message.contains("Java serialization format is prohibited")) {
            throw new InvalidInputException("variables", "Không nhận biến tuần tự hóa kiểu Java "
                + "(application/x-java-serialized-object); hãy gửi giá trị dạng JSON.");
          }
        }
        throw e;
      } finally {
        depth[0]--;
      }
    }
  }
}
