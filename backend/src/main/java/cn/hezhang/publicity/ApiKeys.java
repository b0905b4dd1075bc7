package cn.hezhang.publicity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import cn.hezhang.publicity.domain.ApiClient;
import cn.hezhang.publicity.domain.ApiClients;
import cn.hezhang.shared.ConflictException;
import cn.hezhang.shared.InvalidInputException;
import cn.hezhang.shared.NotFoundException;
import cn.hezhang.shared.PageResult;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The api_keys of third-party Open311 apps: issued by an administrator, one per app, revocable. A key is 32 random
 * bytes (base64url, prefixed {@code hz311_}); only its SHA-256 is stored.
 */
@Service
@Transactional
public class ApiKeys {
	static final String PREFIX = "hz311_";
	static final int MIN_KEY_LENGTH = 24;
	private static final SecureRandom RANDOM = new SecureRandom();

	private final ApiClients clients;
	private final Clock clock;

	ApiKeys(ApiClients clients, Clock clock) {
		this.clients = clients;
		this.clock = clock;
	}

	/** A new random key for an app. */
	public IssuedApiKey issue(String name, String contact, String issuedBy) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return register(name, contact, PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), issuedBy);
	}

	/**
	 * Registers a key chosen elsewhere (moving apps from another system; the demo's documented key). At least 24
	 * characters; the same key twice is refused.
	 */
	public IssuedApiKey register(String name, String contact, String key, String issuedBy) {
		List<InvalidInputException.FieldError> errors = new ArrayList<>();
		if (name == null || name.isBlank() || name.trim().length() > 128) {
			errors.add(new InvalidInputException.FieldError("name", "请填写应用名称 (最多 128 字) / name the app (at most 128 characters)"));
		}
		if (contact != null && contact.trim().length() > 255) {
			errors.add(new InvalidInputException.FieldError("contact", "最多 255 字 / at most 255 characters"));
		}
		if (key == null || key.length() < MIN_KEY_LENGTH || key.length() > 200 || !key.matches("[A-Za-z0-9_\\-]+")) {
			errors.add(new InvalidInputException.FieldError("key", "密钥至少 24 位字母、数字、_ 或 - / at least 24 letters, digits, _ or -"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		String hash = hash(key);
		if (clients.findByKeyHash(hash).isPresent()) {
			throw new ConflictException("该密钥已存在 / this key is already registered");
		}
		ApiClient client = clients.save(new ApiClient(name.trim(), contact == null || contact.isBlank() ? null : contact.trim(),
				key.substring(0, Math.min(10, key.length())), hash, issuedBy, clock.instant()));
		return new IssuedApiKey(view(client), key);
	}

	/** Revoked keys answer 403 from then on; revoking twice changes nothing. */
	public ApiKeyView revoke(Long id, String revokedBy) {
		ApiClient client = clients.findById(id).orElseThrow(() -> new NotFoundException("密钥不存在 / no such api key: " + id));
		client.revoke(revokedBy, clock.instant());
		return view(client);
	}

	@Transactional(readOnly = true)
	public PageResult<ApiKeyView> list(int page, int size) {
		return PageResult.of(clients.findAllByOrderByCreatedAtDescIdDesc(PageRequest.of(page, size)).map(ApiKeys::view));
	}

	@Transactional(readOnly = true)
	public Optional<ApiKeyView> find(Long id) {
		return clients.findById(id).map(ApiKeys::view);
	}

	/** The active app holding this key (empty for an unknown or revoked key). */
	@Transactional(readOnly = true)
	public Optional<ApiKeyView> authenticate(String key) {
		if (key == null || key.isBlank()) {
			return Optional.empty();
		}
		return clients.findByKeyHash(hash(key.trim())).filter(ApiClient::active).map(ApiKeys::view);
	}

	void markUsed(Long id) {
		clients.findById(id).ifPresent(c -> c.used(clock.instant()));
	}

	static String hash(String key) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	static ApiKeyView view(ApiClient c) {
		return new ApiKeyView(c.id(), c.name(), c.contact(), c.keyPrefix(), c.createdAt(), c.createdBy(), c.revokedAt(),
				c.revokedBy(), c.lastUsedAt(), c.active());
	}
}
