package cn.hezhang.security;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "sec_user")
class UserAccount {
	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	@Column(name = "password_hash")
	private String passwordHash;

	@Column(name = "display_name")
	private String displayName;

	@Enumerated(EnumType.STRING)
	private Role role;

	@Column(name = "region_code")
	private String regionCode;

	@Column(name = "org_id")
	private Long orgId;

	private String post;

	private String phone;

	private String email;

	private boolean enabled = true;

	@Column(name = "failed_attempts")
	private int failedAttempts;

	@Column(name = "locked_until")
	private Instant lockedUntil;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	protected UserAccount() {
	}

	UserAccount(String username, String passwordHash, String displayName, Role role, String regionCode, Long orgId,
			String post, String phone, String email, Instant now) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.role = role;
		this.regionCode = regionCode;
		this.orgId = orgId;
		this.post = post;
		this.phone = phone;
		this.email = email;
		this.createdAt = now;
		this.updatedAt = now;
	}

	boolean lockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	/** Counts a failed login; at {@code max} failures the account is locked for {@code lockout}. */
	void failedLogin(Instant now, int max, Duration lockout) {
		failedAttempts++;
		if (failedAttempts >= max) {
			lockedUntil = now.plus(lockout);
			failedAttempts = 0;
		}
		updatedAt = now;
	}

	void succeededLogin(Instant now) {
		if (failedAttempts != 0 || lockedUntil != null) {
			failedAttempts = 0;
			lockedUntil = null;
			updatedAt = now;
		}
	}

	void disable(Instant now) {
		this.enabled = false;
		this.updatedAt = now;
	}

	void enable(Instant now) {
		this.enabled = true;
		this.failedAttempts = 0;
		this.lockedUntil = null;
		this.updatedAt = now;
	}

	void changePassword(String newHash, Instant now) {
		this.passwordHash = newHash;
		this.failedAttempts = 0;
		this.lockedUntil = null;
		this.updatedAt = now;
	}

	void updateProfile(String displayName, String post, String phone, String email, Instant now) {
		this.displayName = displayName;
		this.post = post;
		this.phone = phone;
		this.email = email;
		this.updatedAt = now;
	}

	Long id() {
		return id;
	}

	String username() {
		return username;
	}

	String passwordHash() {
		return passwordHash;
	}

	String displayName() {
		return displayName;
	}

	Role role() {
		return role;
	}

	String regionCode() {
		return regionCode;
	}

	Long orgId() {
		return orgId;
	}

	String post() {
		return post;
	}

	String phone() {
		return phone;
	}

	String email() {
		return email;
	}

	boolean enabled() {
		return enabled;
	}

	Instant lockedUntil() {
		return lockedUntil;
	}
}
