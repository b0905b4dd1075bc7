package cn.hezhang.notification;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "nt_notice")
class Notice {
	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "user_id")
	private Long userId;

	@Column(name = "event_key")
	private String eventKey;

	private String title;

	private String body;

	private String link;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "read_at")
	private Instant readAt;

	protected Notice() {
	}

	Notice(Long userId, String eventKey, String title, String body, String link, Instant createdAt) {
		this.userId = userId;
		this.eventKey = eventKey;
		this.title = title;
		this.body = body;
		this.link = link;
		this.createdAt = createdAt;
	}

	void markRead(Instant now) {
		if (readAt == null) {
			readAt = now;
		}
	}

	Long userId() {
		return userId;
	}

	NoticeView view() {
		return new NoticeView(id, title, body, link, createdAt, readAt);
	}
}
