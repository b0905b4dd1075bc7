package cn.hezhang.publicity.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A third-party app allowed to post Open311 requests. Only the SHA-256 of its api_key is kept (the key has 256 random
 * bits, so a fast hash is enough and costs nothing per request) and its first characters, to tell keys apart.
 */
@Entity
@Table(name = "pb_api_client")
public class ApiClient {
	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String contact;

	@Column(name = "key_prefix")
	private String keyPrefix;

	@Column(name = "key_hash")
	private String keyHash;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "revoked_at")
	private Instant revokedAt;

	@Column(name = "revoked_by")
	private String revokedBy;

	@Column(name = "last_used_at")
	private Instant lastUsedAt;

	@Version
	private long version;

	protected ApiClient() {
	}

	public ApiClient(String name, String contact, String keyPrefix, String keyHash, String createdBy, Instant now) {
		this.name = name;
		this.contact = contact;
		this.keyPrefix = keyPrefix;
		this.keyHash = keyHash;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	/** Idempotent: revoking twice keeps the first revocation. */
	public void revoke(String by, Instant now) {
		if (revokedAt == null) {
			revokedAt = now;
			revokedBy = by;
		}
	}

	public void used(Instant now) {
		lastUsedAt = now;
	}

	public boolean active() {
		return revokedAt == null;
	}

	public Long id() {
		return id;
	}

	public String name() {
		return name;
	}

	public String contact() {
		return contact;
	}

	public String keyPrefix() {
		return keyPrefix;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public String createdBy() {
		return createdBy;
	}

	public Instant revokedAt() {
		return revokedAt;
	}

	public String revokedBy() {
		return revokedBy;
	}

	public Instant lastUsedAt() {
		return lastUsedAt;
	}
}
