package cn.hezhang.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed-login throttling: an account is locked for {@code hezhang.security.lockout} after
 * {@code max-failed-logins} failures in a row (kept in the database, so every node sees it); an address that
 * fails ten times as often is slowed down the same way (kept per node).
 */
@Component
class LoginAttempts {
	private final UserAccounts accounts;
	private final Clock clock;
	private final int maxFailures;
	private final Duration lockout;
	private final Map<String, AddressRecord> byAddress = new ConcurrentHashMap<>();

	LoginAttempts(UserAccounts accounts, Clock clock, @Value("${hezhang.security.max-failed-logins:5}") int maxFailures,
			@Value("${hezhang.security.lockout:PT15M}") Duration lockout) {
		this.accounts = accounts;
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.lockout = lockout;
	}

	void checkAddress(String address) {
		if (address == null) {
			return;
		}
		AddressRecord rec = byAddress.get(address);
		Instant now = clock.instant();
		if (rec != null && rec.lockedUntil != null && rec.lockedUntil.isAfter(now)) {
			throw new LoginThrottledException("登录失败次数过多, 请稍后再试 / Too many failed logins from this address",
					Duration.between(now, rec.lockedUntil));
		}
	}

	void checkAccount(UserAccount account) {
		Instant now = clock.instant();
		if (account.lockedAt(now)) {
			throw new LoginThrottledException("登录失败次数过多, 账号已临时锁定 / Too many failed logins: account locked",
					Duration.between(now, account.lockedUntil()));
		}
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void failed(String username, String address) {
		Instant now = clock.instant();
		if (username != null) {
			accounts.findByUsername(username).ifPresent(a -> {
				a.failedLogin(now, maxFailures, lockout);
				accounts.save(a);
			});
		}
		if (address != null) {
			byAddress.compute(address, (k, rec) -> {
				AddressRecord r = rec == null || (rec.lockedUntil != null && !rec.lockedUntil.isAfter(now)) ? new AddressRecord() : rec;
				r.failures++;
				if (r.failures >= maxFailures * 10) {
					r.lockedUntil = now.plus(lockout);
					r.failures = 0;
				}
				return r;
			});
		}
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void succeeded(String username, String address) {
		accounts.findByUsername(username).ifPresent(a -> {
			a.succeededLogin(clock.instant());
			accounts.save(a);
		});
		if (address != null) {
			byAddress.remove(address);
		}
	}

	private static final class AddressRecord {
		int failures;
		Instant lockedUntil;
	}
}
