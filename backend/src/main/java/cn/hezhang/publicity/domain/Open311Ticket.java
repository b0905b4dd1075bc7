package cn.hezhang.publicity.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An Open311 request as its app posted it: the token the app may exchange for the request id, the case it became,
 * and the app's own media_url (a link the app hosts; we never fetch it).
 */
@Entity
@Table(name = "pb_open311_request")
public class Open311Ticket {
	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String token;

	@Column(name = "case_id")
	private Long caseId;

	@Column(name = "case_no")
	private String caseNo;

	@Column(name = "api_client_id")
	private Long apiClientId;

	@Column(name = "media_url")
	private String mediaUrl;

	@Column(name = "created_at")
	private Instant createdAt;

	protected Open311Ticket() {
	}

	public Open311Ticket(String token, Long caseId, String caseNo, Long apiClientId, String mediaUrl, Instant now) {
		this.token = token;
		this.caseId = caseId;
		this.caseNo = caseNo;
		this.apiClientId = apiClientId;
		this.mediaUrl = mediaUrl;
		this.createdAt = now;
	}

	public String token() {
		return token;
	}

	public String caseNo() {
		return caseNo;
	}

	public String mediaUrl() {
		return mediaUrl;
	}
}
