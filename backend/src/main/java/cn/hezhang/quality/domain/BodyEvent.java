package cn.hezhang.quality.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of a black-odorous body's lifecycle timeline. */
@Entity(name = "BoEvent")
@Table(name = "bo_event")
public class BodyEvent {
	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "body_id")
	private Long bodyId;

	private String action;

	private String note;

	private String actor;

	private Instant at;

	protected BodyEvent() {
	}

	public BodyEvent(Long bodyId, String action, String note, String actor, Instant at) {
		this.bodyId = bodyId;
		this.action = action;
		this.note = note == null || note.length() <= 2000 ? note : note.substring(0, 2000);
		this.actor = actor;
		this.at = at;
	}

	public Long id() {
		return id;
	}

	public String action() {
		return action;
	}

	public String note() {
		return note;
	}

	public String actor() {
		return actor;
	}

	public Instant at() {
		return at;
	}
}
