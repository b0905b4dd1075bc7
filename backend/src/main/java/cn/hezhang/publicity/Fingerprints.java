package cn.hezhang.publicity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keyed hashes (HMAC-SHA256) of client addresses and device ids: enough to count reports per address, useless for
 * finding out who reported (an unkeyed hash of an IPv4 address is reversed by trying all 2^32).
 */
@Component
class Fingerprints {
	private static final Logger log = LoggerFactory.getLogger(Fingerprints.class);
	private final byte[] secret;

	Fingerprints(PublicitySettings settings) {
		if (settings.hashSecret() == null || settings.hashSecret().isBlank()) {
			this.secret = new byte[32];
			new SecureRandom().nextBytes(secret);
			log.info("hezhang.publicity.hash-secret is not set: rate-limit hashes use a random key of this process "
					+ "(set HEZHANG_PUBLICITY_HASH_SECRET when several nodes share one database)");
		}
		else {
			this.secret = settings.hashSecret().getBytes(StandardCharsets.UTF_8);
		}
	}

	/** Null for a null or blank value. */
	String of(String kind, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal((kind + ":" + value.trim()).getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}
}
