package cn.hezhang.patrol.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import cn.hezhang.patrol.track.TrackRules;
import cn.hezhang.patrol.TravelMode;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A patrol (巡河记录), identified by the UUID the phone generated at its start. */
@Entity
@Table(name = "pt_patrol")
public class Patrol {
	@Id
	private String id;

	private Long userId;

	private String username;

	private String displayName;

	private String regionCode;

	private Long waterBodyId;

	private Long reachId;

	private String targetName;

	@Enumerated(EnumType.STRING)
	private TravelMode travelMode;

	@Enumerated(EnumType.STRING)
	private PatrolStatus status;

	private Instant startedAt;

	private Instant endedAt;

	private Long durationSeconds;

	@jakarta.persistence.Column(name = "distance_m")
	private Double distanceM;

	private Double nearShare;

	private int pointCount;

	private boolean effective;

	private String shortfalls;

	private Long dutyId;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected Patrol() {
	}

	public Patrol(String id, Long userId, String username, String displayName, String regionCode, Long waterBodyId,
			Long reachId, String targetName, TravelMode mode, Instant startedAt, Instant now) {
		this.id = id;
		this.userId = userId;
		this.username = username;
		this.displayName = displayName;
		this.regionCode = regionCode;
		this.waterBodyId = waterBodyId;
		this.reachId = reachId;
		this.targetName = targetName;
		this.travelMode = mode;
		this.status = PatrolStatus.RECORDING;
		this.startedAt = startedAt;
		this.createdAt = now;
		this.updatedAt = now;
	}

	public void pointsAdded(int count, Instant now) {
		this.pointCount += count;
		this.updatedAt = now;
	}

	public void end(Instant endedAt, TrackRules.Summary summary, Instant now) {
		this.status = PatrolStatus.ENDED;
		this.endedAt = endedAt;
		this.durationSeconds = summary.durationSeconds();
		this.distanceM = Math.round(summary.distanceMeters() * 10) / 10.0;
		this.nearShare = summary.nearShare();
		this.pointCount = summary.pointCount();
		this.effective = summary.effective();
		this.shortfalls = summary.shortfalls().isEmpty() ? null
				: String.join(",", summary.shortfalls().stream().map(Enum::name).toList());
		this.updatedAt = now;
	}

	public void fulfils(Long dutyId) {
		this.dutyId = dutyId;
	}

	public String id() {
		return id;
	}

	public Long userId() {
		return userId;
	}

	public String username() {
		return username;
	}

	public String displayName() {
		return displayName;
	}

	public String regionCode() {
		return regionCode;
	}

	public Long waterBodyId() {
		return waterBodyId;
	}

	public Long reachId() {
		return reachId;
	}

	public String targetName() {
		return targetName;
	}

	public TravelMode travelMode() {
		return travelMode;
	}

	public PatrolStatus status() {
		return status;
	}

	public Instant startedAt() {
		return startedAt;
	}

	public Instant endedAt() {
		return endedAt;
	}

	public Long durationSeconds() {
		return durationSeconds;
	}

	public Double distanceM() {
		return distanceM;
	}

	public Double nearShare() {
		return nearShare;
	}

	public int pointCount() {
		return pointCount;
	}

	public boolean effective() {
		return effective;
	}

	public List<String> shortfalls() {
		return shortfalls == null ? List.of() : Arrays.asList(shortfalls.split(","));
	}

	public Long dutyId() {
		return dutyId;
	}
}
