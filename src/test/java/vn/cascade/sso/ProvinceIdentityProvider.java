package vn.cascade.sso;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.util.UUID;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * The province's OpenID Connect provider in the sign-on tests: Spring Authorization Server, a Boot application of its
 * own on a random port of {@code localhost} (Cascade runs on {@code 127.0.0.1}, so the two sessions' cookies do not
 * mix). Its people: Cascade's demo users {@value #CASCADE_USERS} and {@value #STRANGER}, whom Cascade does not know;
 * every password is {@value #PASSWORD}. One confidential client, {@value #CLIENT_ID}, for the authorization code
 * flow without consent, redirecting to any port of 127.0.0.1 (loopback). Tokens carry {@code preferred_username}.
 * Not a Spring component (no stereotype), so Cascade's own component scan does not pick it up.
 */
@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, ServletWebServerFactoryAutoConfiguration.class,
    DispatcherServletAutoConfiguration.class, WebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class,
    JacksonAutoConfiguration.class, SecurityAutoConfiguration.class, SecurityFilterAutoConfiguration.class})
public class ProvinceIdentityProvider {

  static final String CASCADE_USERS = "sxd.lanhdao, sxd.chuyenvien, sct.lanhdao";
  static final String STRANGER = "nguoi.la";
  static final String PASSWORD = "demo";
  static final String CLIENT_ID = "cascade";
  static final String CLIENT_SECRET = "cascade-secret";
  static final String REDIRECT_PATH = "/login/oauth2/code/province";

  private static RSAKey signingKey;

  /** The provider running, with its issuer and signing key. */
  record Running(ConfigurableApplicationContext context, String issuer, RSAKey key) implements AutoCloseable {
    @Override
    public void close() {
      context.close();
    }
  }

  static synchronized Running start() {
    try {
      signingKey = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    ConfigurableApplicationContext context = new SpringApplicationBuilder(ProvinceIdentityProvider.class)
        // its own (empty) configuration, not Cascade's application.yml
        .run("--spring.config.name=province-identity-provider", "--server.port=0",
            "--spring.main.banner-mode=off", "--spring.jmx.enabled=false");
    int port = ((ServletWebServerApplicationContext) context).getWebServer().getPort();
    return new Running(context, "http://localhost:" + port, signingKey);
  }

  @Bean
  @Order(1)
  SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
    OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
    http.securityMatcher(server.getEndpointsMatcher())
        .with(server, s -> s.oidc(Customizer.withDefaults()))
        .authorizeHttpRequests(a -> a.anyRequest().authenticated())
        .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
            new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
        .oauth2ResourceServer(r -> r.jwt(Customizer.withDefaults()));
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain loginForm(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(a -> a.anyRequest().authenticated()).formLogin(Customizer.withDefaults());
    return http.build();
  }

  @Bean
  UserDetailsService people() {
    InMemoryUserDetailsManager people = new InMemoryUserDetailsManager();
    for (String user : (CASCADE_USERS + ", " + STRANGER).split(",\\s*")) {
      people.createUser(User.withUsername(user).password("{noop}" + PASSWORD).roles("USER").build());
    }
    return people;
  }

  @Bean
  RegisteredClientRepository clients() {
    RegisteredClient cascade = RegisteredClient.withId(UUID.randomUUID().toString())
        .clientId(CLIENT_ID).clientSecret("{noop}" + CLIENT_SECRET)
        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
        .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
        .redirectUri("http://127.0.0.1" + REDIRECT_PATH)
        .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE)
        .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
        .build();
    return new InMemoryRegisteredClientRepository(cascade);
  }

  @Bean
  OAuth2AuthorizationService authorizations() {
    return new InMemoryOAuth2AuthorizationService();
  }

  @Bean
  JWKSource<SecurityContext> keys() {
    return new ImmutableJWKSet<>(new JWKSet(signingKey));
  }

  @Bean
  JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
    return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
  }

  @Bean
  AuthorizationServerSettings settings() {
    return AuthorizationServerSettings.builder().build();
  }

  /** ID and access tokens name the user in {@code preferred_username}, as the province's provider does. */
  @Bean
  OAuth2TokenCustomizer<JwtEncodingContext> preferredUsername() {
    return context -> {
      if (context.getPrincipal() instanceof UsernamePasswordAuthenticationToken user) {
        context.getClaims().claim("preferred_username", user.getName());
      }
    };
  }
}
