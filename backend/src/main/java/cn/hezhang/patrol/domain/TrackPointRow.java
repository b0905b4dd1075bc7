package cn.hezhang.patrol.domain;

import java.time.Instant;

import cn.hezhang.patrol.TrackPoint;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A stored track point; (patrol, seq) is unique, so a resent point is stored once. */
@Entity
@Table(name = "pt_track_point")
public class TrackPointRow {
	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String patrolId;

	private int seq;

	private Instant recordedAt;

	private double lat;

	private double lon;

	@jakarta.persistence.Column(name = "accuracy_m")
	private Double accuracyM;

	protected TrackPointRow() {
	}

	public TrackPointRow(String patrolId, TrackPoint p) {
		this.patrolId = patrolId;
		this.seq = p.seq();
		this.recordedAt = p.at();
		this.lat = p.lat();
		this.lon = p.lon();
		this.accuracyM = p.accuracyMeters();
	}

	public TrackPoint point() {
		return new TrackPoint(seq, recordedAt, lat, lon, accuracyM);
	}
}
