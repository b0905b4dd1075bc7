package cn.hezhang.publicity;

import java.time.Instant;

/** A third-party app's api_key as admins see it: never the key, only its first characters. */
public record ApiKeyView(Long id, String name, String contact, String keyPrefix, Instant createdAt, String createdBy,
		Instant revokedAt, String revokedBy, Instant lastUsedAt, boolean active) {
}
