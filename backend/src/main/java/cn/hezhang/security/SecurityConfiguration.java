package cn.hezhang.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Three filter chains. {@code /engine-rest/**} and the Camunda webapps {@code /camunda/**} are for admins only
 * (matched with path patterns: the String form of securityMatcher does not match Camunda's Jersey servlets,
 * CAMUNDA-NOTES pitfall 1). Everything else: public pages and the Open311/public APIs without login, the rest of
 * {@code /api/**} behind a session cookie (browser, CSRF-protected) or HTTP Basic (scripts).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {
	private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	AuthenticationManager authenticationManager(AccountAuthenticationProvider provider) {
		return new ProviderManager(provider);
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
				new HttpSessionSecurityContextRepository());
	}

	@Bean
	@Order(1)
	SecurityFilterChain engineRest(HttpSecurity http, AuthenticationManager authenticationManager,
			ProblemResponses problems, SecurityContextRepository contexts) throws Exception {
		http.securityMatcher(PATHS.matcher("/engine-rest/**"))
			.authenticationManager(authenticationManager)
			.securityContext(c -> c.securityContextRepository(contexts))
			.authorizeHttpRequests(a -> a.anyRequest().hasRole(Role.ADMIN.name()))
			.httpBasic(b -> b.authenticationEntryPoint(problems))
			// stateless Basic or the admin's session; Camunda's REST API is not a browser form target
			.csrf(c -> c.disable())
			.exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain camundaWebapps(HttpSecurity http, AuthenticationManager authenticationManager,
			ProblemResponses problems, SecurityContextRepository contexts) throws Exception {
		http.securityMatcher(PATHS.matcher("/camunda/**"))
			.authenticationManager(authenticationManager)
			.securityContext(c -> c.securityContextRepository(contexts))
			.authorizeHttpRequests(a -> a.anyRequest().hasRole(Role.ADMIN.name()))
			.httpBasic(b -> b.authenticationEntryPoint(problems))
			// the webapps carry their own CSRF filter with the same cookie names (CAMUNDA-NOTES)
			.csrf(c -> c.disable())
			.exceptionHandling(e -> e
				.defaultAuthenticationEntryPointFor(
						(req, res, ex) -> res.sendRedirect("/login?redirect=" + req.getRequestURI()), SecurityConfiguration::htmlPage)
				.defaultAuthenticationEntryPointFor(problems, req -> true)
				.accessDeniedHandler(problems));
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain application(HttpSecurity http, AuthenticationManager authenticationManager,
			ProblemResponses problems, SecurityContextRepository contexts) throws Exception {
		CookieCsrfTokenRepository csrfTokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
		csrfTokens.setCookiePath("/");
		http.authenticationManager(authenticationManager)
			.securityContext(c -> c.securityContextRepository(contexts))
			.authorizeHttpRequests(a -> a
				.requestMatchers(PATHS.matcher(HttpMethod.POST, "/api/auth/login"), PATHS.matcher("/api/config"),
						PATHS.matcher("/api/public/**"), PATHS.matcher("/open311/**"),
						PATHS.matcher("/actuator/health/**"), PATHS.matcher("/actuator/health"),
						PATHS.matcher("/actuator/info"), PATHS.matcher("/v3/api-docs/**"), PATHS.matcher("/v3/api-docs"),
						PATHS.matcher("/swagger-ui/**"), PATHS.matcher("/swagger-ui.html"))
				.permitAll()
				.requestMatchers(PATHS.matcher("/actuator/**")).hasRole(Role.ADMIN.name())
				.requestMatchers(PATHS.matcher("/api/**")).authenticated()
				.anyRequest().permitAll())
			.httpBasic(b -> b.authenticationEntryPoint(problems))
			.csrf(c -> c.csrfTokenRepository(csrfTokens)
				.csrfTokenRequestHandler(new SpaCsrfTokenRequestHandler())
				// scripts that send credentials on each request cannot be forged by another site;
				// Open311 clients authenticate writes with an api_key, not a cookie
				.ignoringRequestMatchers(SecurityConfiguration::carriesCredentials, PATHS.matcher("/open311/**")))
			.logout(l -> l.logoutRequestMatcher(PATHS.matcher(HttpMethod.POST, "/api/auth/logout"))
				.logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.NO_CONTENT)))
			.exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems));
		return http.build();
	}

	static boolean carriesCredentials(HttpServletRequest request) {
		String auth = request.getHeader("Authorization");
		return auth != null && auth.regionMatches(true, 0, "Basic ", 0, 6);
	}

	static boolean htmlPage(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		return "GET".equals(request.getMethod()) && accept != null && accept.contains("text/html");
	}
}
