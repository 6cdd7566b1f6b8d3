package vn.cascade.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

/**
 * {@code /engine-rest} with single sign-on: the user of a checked bearer token (the request's principal, set by
 * {@link SingleSignOn}'s filter chain), else HTTP Basic against Camunda's users. Camunda instantiates it by name.
 */
public class BearerOrBasicAuthenticationProvider implements AuthenticationProvider {

  private final AuthenticationProvider container = new ContainerBasedAuthenticationProvider();
  private final AuthenticationProvider basic = new HttpBasicAuthenticationProvider();

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    return request.getUserPrincipal() != null ? container.extractAuthenticatedUser(request, engine)
        : basic.extractAuthenticatedUser(request, engine);
  }

  @Override
  public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
    basic.augmentResponseByAuthenticationChallenge(response, engine);
  }
}
