package vn.cascade.common;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Set;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.glassfish.jersey.jackson.JacksonFeature;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/**
 * Camunda's REST API ({@code /engine-rest}) with one addition: when a task listener refuses bad input, the engine
 * wraps the refusal ("ENGINE-03051 ... TaskListener ..."); the user should read only the Vietnamese message, with
 * status 400 (Tasklist goes through the webapp's own engine API instead; see {@link WebappRefusalFilter}).
 */
@Component
public class EngineRestConfig extends CamundaJerseyResourceConfig {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(EngineRestConfig.class);

  @Override
  protected void registerCamundaRestResources() {
    registerClasses(CamundaRestResources.getResourceClasses());
    Set<Class<?>> configuration = new HashSet<>(CamundaRestResources.getConfigurationClasses());
    configuration.remove(ProcessEngineExceptionHandler.class);
    configuration.remove(RestExceptionHandler.class);
    configuration.add(EngineExceptionMapper.class);
    configuration.add(RestExceptionMapper.class);
    configuration.add(EngineRestErrors.class);
    registerClasses(configuration);
    register(JacksonFeature.class);
  }

  /** Camunda's mapper for engine exceptions, except for refused input. */
  @Provider
  public static class EngineExceptionMapper extends ProcessEngineExceptionHandler {

    @Override
    public Response toResponse(ProcessEngineException exception) {
      Response refused = refusal(exception);
      return refused != null ? refused : super.toResponse(exception);
    }
  }

  /** Camunda's mapper for REST exceptions (e.g. "Cannot complete task ..."), except for refused input. */
  @Provider
  public static class RestExceptionMapper extends RestExceptionHandler {

    @Override
    public Response toResponse(RestException exception) {
      Response refused = refusal(exception);
      return refused != null ? refused : super.toResponse(exception);
    }
  }

  static Response refusal(Throwable exception) {
    InvalidInputException invalid = Errors.findCause(exception, InvalidInputException.class);
    if (invalid == null) {
      return null;
    }
    LOG.info("Refused on /engine-rest: {}", invalid.getMessage());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "InvalidInputException");
    body.put("message", invalid.getMessage());
    body.put("errors", invalid.errors());
    return Response.status(invalid instanceof RecordNotFoundException ? Response.Status.NOT_FOUND
        : Response.Status.BAD_REQUEST).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
  }
}
