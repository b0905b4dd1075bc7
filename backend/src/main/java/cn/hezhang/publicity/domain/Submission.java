package cn.hezhang.publicity.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One accepted public report, counted against the rate limits. The client address and device id are kept only as
 * keyed hashes, and only as long as a limit window needs them.
 */
@Entity
@Table(name = "pb_submission")
public class Submission {
	public enum Channel {
		PORTAL, OPEN311
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	@Column(name = "address_hash")
	private String addressHash;

	@Column(name = "device_hash")
	private String deviceHash;

	@Column(name = "api_client_id")
	private Long apiClientId;

	@Column(name = "case_id")
	private Long caseId;

	private Instant at;

	protected Submission() {
	}

	public Submission(Channel channel, String addressHash, String deviceHash, Long apiClientId, Long caseId,
			Instant at) {
		this.channel = channel;
		this.addressHash = addressHash;
		this.deviceHash = deviceHash;
		this.apiClientId = apiClientId;
		this.caseId = caseId;
		this.at = at;
	}

	public Long caseId() {
		return caseId;
	}
}
