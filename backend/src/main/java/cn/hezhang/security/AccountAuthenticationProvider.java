package cn.hezhang.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks a username and password with BCrypt, throttling failures. A verified password is remembered for five
 * minutes as a SHA-256 digest, so that HTTP Basic clients do not pay ~80 ms of BCrypt on every request
 * (CAMUNDA-NOTES pitfall 3); the digest is never stored anywhere else and is dropped on any failure.
 */
@Component
class AccountAuthenticationProvider implements AuthenticationProvider {
	private static final Duration REMEMBER = Duration.ofMinutes(5);
	private static final int MAX_REMEMBERED = 10_000;

	private final UserAccounts accounts;
	private final UserDirectory users;
	private final PasswordEncoder passwordEncoder;
	private final LoginAttempts attempts;
	private final Clock clock;
	private final Map<String, Verified> verified = new ConcurrentHashMap<>();
	private final String dummyHash;

	AccountAuthenticationProvider(UserAccounts accounts, UserDirectory users, PasswordEncoder passwordEncoder,
			LoginAttempts attempts, Clock clock) {
		this.accounts = accounts;
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.attempts = attempts;
		this.clock = clock;
		this.dummyHash = passwordEncoder.encode("timing-equaliser");
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
		String address = authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
		attempts.checkAddress(address);

		String key = username + '\n' + sha256(password);
		Instant now = clock.instant();
		Verified remembered = verified.get(key);
		if (remembered != null && remembered.until.isAfter(now)) {
			return token(remembered.principal, authentication);
		}

		UserAccount account = accounts.findByUsername(username).orElse(null);
		if (account == null) {
			passwordEncoder.matches(password, dummyHash);
			attempts.failed(null, address);
			throw new BadCredentialsException("用户名或密码错误 / Wrong username or password");
		}
		attempts.checkAccount(account);
		if (!passwordEncoder.matches(password, account.passwordHash())) {
			forget(username);
			attempts.failed(username, address);
			throw new BadCredentialsException("用户名或密码错误 / Wrong username or password");
		}
		if (!account.enabled()) {
			throw new DisabledException("账号已停用 / Account disabled");
		}
		attempts.succeeded(username, address);
		AccountPrincipal principal = new AccountPrincipal(users.currentUser(account));
		if (verified.size() > MAX_REMEMBERED) {
			verified.clear();
		}
		verified.put(key, new Verified(principal, now.plus(REMEMBER)));
		return token(principal, authentication);
	}

	/** Drops remembered passwords of a user (after a password change, a lock or a role change). */
	void forget(String username) {
		verified.keySet().removeIf(k -> k.startsWith(username + '\n'));
	}

	private static UsernamePasswordAuthenticationToken token(AccountPrincipal principal, Authentication request) {
		UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(principal, null,
				principal.getAuthorities());
		token.setDetails(request.getDetails());
		return token;
	}

	private static String sha256(String s) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private record Verified(AccountPrincipal principal, Instant until) {
	}
}
