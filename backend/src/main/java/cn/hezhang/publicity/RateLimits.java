package cn.hezhang.publicity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import cn.hezhang.publicity.domain.Submission;
import cn.hezhang.publicity.domain.Submissions;
import cn.hezhang.shared.TooManyRequestsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report limits, counted in the database over a sliding window so that all nodes of a cluster share them. A
 * report is checked before anything is stored and recorded in the same transaction as its case: a refused or failed
 * report leaves nothing behind and does not count.
 */
@Component
class RateLimits {
	private static final Logger log = LoggerFactory.getLogger(RateLimits.class);
	private final Submissions submissions;
	private final Fingerprints fingerprints;
	private final PublicitySettings settings;
	private final Clock clock;

	RateLimits(Submissions submissions, Fingerprints fingerprints, PublicitySettings settings, Clock clock) {
		this.submissions = submissions;
		this.fingerprints = fingerprints;
		this.settings = settings;
		this.clock = clock;
	}

	/** The hashes of one request's origin, computed once. */
	record Keys(String address, String device) {
	}

	Keys keys(Origin origin) {
		return new Keys(fingerprints.of("address", origin == null ? null : origin.address()),
				fingerprints.of("device", origin == null ? null : origin.deviceId()));
	}

	/** 429 when this address or device has reached its limit within the window. */
	void checkPortal(Keys keys) {
		PublicitySettings.Limits limits = settings.limits();
		Instant since = clock.instant().minus(limits.window());
		if (keys.address() != null && submissions.countByAddressHashAndAtAfter(keys.address(), since) >= limits.reportsPerAddress()) {
			throw tooMany("本网络地址", "this network address", limits.reportsPerAddress());
		}
		checkDevice(keys, since);
	}

	/** 429 when this app's key or the device has reached its limit within the window. */
	void checkOpen311(Long apiClientId, Keys keys) {
		PublicitySettings.Limits limits = settings.limits();
		Instant since = clock.instant().minus(limits.window());
		if (submissions.countByApiClientIdAndAtAfter(apiClientId, since) >= limits.requestsPerApiKey()) {
			throw tooMany("该 api_key", "this api_key", limits.requestsPerApiKey());
		}
		checkDevice(keys, since);
	}

	private void checkDevice(Keys keys, Instant since) {
		PublicitySettings.Limits limits = settings.limits();
		if (keys.device() != null && submissions.countByDeviceHashAndAtAfter(keys.device(), since) >= limits.reportsPerDevice()) {
			throw tooMany("本设备", "this device", limits.reportsPerDevice());
		}
	}

	void record(Submission.Channel channel, Keys keys, Long apiClientId, Long caseId) {
		submissions.save(new Submission(channel, keys.address(), keys.device(), apiClientId, caseId, clock.instant()));
	}

	private TooManyRequestsException tooMany(String zh, String en, int limit) {
		Duration window = settings.limits().window();
		return new TooManyRequestsException("%s在 %d 分钟内最多提交 %d 次, 请稍后再试 / %s may send at most %d reports in %d minutes; try again later"
			.formatted(zh, window.toMinutes(), limit, en, limit, window.toMinutes()), window);
	}

	/** The accounting is needed only as long as a window: older rows go (every node may run this; it is idempotent). */
	@Scheduled(fixedDelayString = "PT15M", initialDelayString = "PT5M")
	@Transactional
	public void forgetOld() {
		int removed = submissions.deleteOlderThan(clock.instant().minus(settings.limits().window()).minus(Duration.ofHours(1)));
		if (removed > 0) {
			log.debug("removed {} expired report records", removed);
		}
	}
}
