package vn.cascade.security;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.oauth2.client.ConditionalOnOAuth2ClientRegistrationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RegexRequestMatcher;

/**
 * Single sign-on with the province's OpenID Connect provider, on only when a client registration is configured
 * ({@code spring.security.oauth2.client.registration.<id>.*}); without one Spring Security stays out of the request
 * path ({@link BuiltInSignIn}) and Camunda's own users sign in as before.
 * <ul>
 *   <li>Tasklist, Cockpit and Admin: Spring Security's OpenID Connect login, then Camunda's documented container-based
 *       authentication ({@link ContainerBasedAuthenticationFilter} with {@link ContainerBasedAuthenticationProvider})
 *       takes the signed-in principal as the webapps' user;</li>
 *   <li>{@code /api} and {@code /engine-rest}: a request with {@code Authorization: Bearer} is checked as a JWT of the
 *       same provider (signature from its key set, issuer, expiry); HTTP Basic and Tasklist's session work as
 *       before.</li>
 * </ul>
 * The Camunda user id is the claim {@code cascade.sso.user-id-claim} (default {@code preferred_username}); the user's
 * groups, hence their unit and rights, are those Cascade's organisation keeps in the identity service, never the
 * token's. A signed-in user Cascade does not know is refused ({@link KnownUsers}).
 */
@Configuration
@ConditionalOnOAuth2ClientRegistrationProperties
public class SingleSignOn {

  /** Requests that carry a bearer token on the REST APIs. */
  private static final RegexRequestMatcher API_PATHS = new RegexRequestMatcher("^/(api|engine-rest)(/.*)?$", null);

  private final String userIdClaim;

  SingleSignOn(@Value("${cascade.sso.user-id-claim:preferred_username}") String userIdClaim) {
    this.userIdClaim = userIdClaim;
  }

  String userIdClaim() {
    return userIdClaim;
  }

  @Bean
  @Order(1)
  SecurityFilterChain bearerTokens(HttpSecurity http, JwtDecoder decoder, IdentityService identityService)
      throws Exception {
    JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
    converter.setPrincipalClaimName(userIdClaim);
    BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();
    http.securityMatcher(request -> API_PATHS.matches(request) && hasBearerToken(request))
        .csrf(AbstractHttpConfigurer::disable)
        .headers(AbstractHttpConfigurer::disable)
        .requestCache(AbstractHttpConfigurer::disable)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(a -> a.anyRequest().authenticated())
        .oauth2ResourceServer(r -> r
            .jwt(j -> j.decoder(decoder).jwtAuthenticationConverter(converter))
            .authenticationEntryPoint((request, response, e) -> {
              challenge.commence(request, response, e);
              refuse(request, response, HttpServletResponse.SC_UNAUTHORIZED,
                  "Mã truy cập (bearer token) không hợp lệ, đã hết hạn hoặc không do hệ thống định danh của tỉnh "
                      + "cấp. Đề nghị lấy mã truy cập mới.");
            }))
        .addFilterAfter(new KnownUsers(identityService, userIdClaim), AuthorizationFilter.class);
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain webapps(HttpSecurity http, IdentityService identityService) throws Exception {
    // paths within the application, whichever servlet serves them (the webapps' REST APIs are servlets of their own)
    PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
    http.securityMatcher(new OrRequestMatcher(paths.matcher("/camunda/**"), paths.matcher("/oauth2/**"),
            paths.matcher("/login/**")))
        // the webapps keep their own CSRF protection (XSRF-TOKEN cookie and header) and security headers
        .csrf(AbstractHttpConfigurer::disable)
        .headers(AbstractHttpConfigurer::disable)
        .authorizeHttpRequests(a -> a.anyRequest().authenticated())
        .oauth2Login(o -> o
            .userInfoEndpoint(u -> u.oidcUserService(camundaUsers()))
            .failureHandler((request, response, e) -> KnownUsers.page(response, HttpServletResponse.SC_UNAUTHORIZED,
                "Đăng nhập một lần không thành công",
                "Hệ thống định danh của tỉnh không xác nhận được tài khoản: " + e.getMessage())))
        // Camunda's sign-out button also ends the Spring Security session (the provider's own session stays)
        .logout(l -> l
            .logoutRequestMatcher(paths.matcher(HttpMethod.POST, "/camunda/api/admin/auth/user/*/logout"))
            .logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler()))
        .addFilterAfter(new KnownUsers(identityService, userIdClaim), AuthorizationFilter.class);
    return http.build();
  }

  /** Camunda's container-based authentication: the webapps' user is the request's (Spring Security's) principal. */
  @Bean
  FilterRegistrationBean<Filter> containerBasedAuthentication() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
    registration.setName("container-based-authentication");
    registration.setInitParameters(Map.of("authentication-provider",
        ContainerBasedAuthenticationProvider.class.getName()));
    registration.addUrlPatterns("/camunda/*");
    // after Spring Security's filter chain (-100), before the webapps' own filters
    registration.setOrder(101);
    return registration;
  }

  /**
   * Bearer tokens of the configured provider: its JSON Web Key Set, its issuer, not expired. With several
   * registrations, the first that names an issuer.
   */
  @Bean
  JwtDecoder bearerTokenDecoder(ClientRegistrationRepository registrations) {
    if (!(registrations instanceof Iterable<?> all)) {
      throw new IllegalStateException("Cannot list the OpenID Connect client registrations");
    }
    ClientRegistration registration = StreamSupport.stream(all.spliterator(), false)
        .map(ClientRegistration.class::cast)
        .filter(r -> r.getProviderDetails().getIssuerUri() != null && r.getProviderDetails().getJwkSetUri() != null)
        .findFirst().orElseThrow(() -> new IllegalStateException("Single sign-on needs the provider's issuer-uri: "
            + "set spring.security.oauth2.client.provider.<id>.issuer-uri"));
    NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(registration.getProviderDetails().getJwkSetUri())
        .build();
    decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(registration.getProviderDetails().getIssuerUri()));
    return decoder;
  }

  /** The OpenID Connect user, named by the configured claim (the Camunda user id). */
  private OAuth2UserService<OidcUserRequest, OidcUser> camundaUsers() {
    OidcUserService standard = new OidcUserService();
    return request -> {
      OidcUser user = standard.loadUser(request);
      if (user.getClaimAsString(userIdClaim) == null) {
        throw new OAuth2AuthenticationException(new OAuth2Error("invalid_user_info", "Tài khoản không có thông tin "
            + userIdClaim + " (tên người dùng Cascade).", null));
      }
      return new DefaultOidcUser(user.getAuthorities(), user.getIdToken(), user.getUserInfo(), userIdClaim);
    };
  }

  private static boolean hasBearerToken(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
  }

  static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String message)
      throws java.io.IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/api")) {
      String challenge = response.getHeader("WWW-Authenticate");
      Denials.cascade(response, status, message);
      if (challenge != null) {
        response.setHeader("WWW-Authenticate", challenge);
      }
    } else if (path.startsWith("/engine-rest") || path.startsWith("/camunda/api")) {
      Denials.engine(response, status, message);
    } else {
      KnownUsers.page(response, status, "Không thể đăng nhập", message);
    }
  }
}
