package vn.cascade.common;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/**
 * Camunda's REST API ({@code /engine-rest}) with one addition: when a task listener refuses bad input, the engine
 * wraps the refusal ("ENGINE-03051 ... TaskListener ..."); the user should read only the Vietnamese message, with
 * status 400. Tasklist shows that message on the form.
 */
@Component
public class EngineRestConfig extends CamundaJerseyResourceConfig {

  @Override
  protected void registerAdditionalResources() {
    register(InvalidInputMapper.class);
  }

  @Provider
  @Priority(1)
  public static class InvalidInputMapper extends ProcessEngineExceptionHandler {

    @Override
    public Response toResponse(ProcessEngineException exception) {
      InvalidInputException invalid = Errors.findCause(exception, InvalidInputException.class);
      if (invalid == null) {
        return super.toResponse(exception);
      }
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("type", "InvalidInputException");
      body.put("message", invalid.getMessage());
      body.put("errors", invalid.errors());
      return Response.status(Response.Status.BAD_REQUEST).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
  }
}
