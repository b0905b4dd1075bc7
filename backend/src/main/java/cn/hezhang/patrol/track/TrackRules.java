package cn.hezhang.patrol.track;

import cn.hezhang.patrol.TrackPoint;
import cn.hezhang.patrol.TravelMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import cn.hezhang.patrol.PatrolSettings;

/**
 * The track rules as pure code: which points are impossible (outside China, earlier than the point before them,
 * faster than a walker or a car can move, in the phone's future) and what a finished track amounts to (duration,
 * haversine distance, share of points near the reach, effective or not).
 */
public final class TrackRules {
	private final PatrolSettings.Effective effective;
	private final PatrolSettings.Track track;

	public TrackRules(PatrolSettings settings) {
		this.effective = settings.effective();
		this.track = settings.track();
	}

	/** A point the server refuses: its index in the batch, its seq, the field at fault and why. */
	public record Violation(int index, int seq, String field, String message) {
	}

	/** Why a patrol is not effective. */
	public enum Shortfall {
		DURATION, DISTANCE, NEAR_REACH
	}

	public record Summary(long durationSeconds, double distanceMeters, Double nearShare, int pointCount,
			boolean effective, List<Shortfall> shortfalls) {
	}

	public double maxSpeedKmh(TravelMode mode) {
		return mode == TravelMode.VEHICLE ? track.maxVehicleKmh() : track.maxFootKmh();
	}

	public boolean insideChina(double lat, double lon) {
		return lat >= track.minLat() && lat <= track.maxLat() && lon >= track.minLon() && lon <= track.maxLon();
	}

	/**
	 * The speed implied by two fixes, km/h, after allowing the GPS jitter: 0 when they are within the jitter of
	 * each other; infinite when they differ by more than the jitter at the same instant.
	 */
	public double speedKmh(TrackPoint a, TrackPoint b) {
		double meters = Math.max(0, Geo.haversine(a.lat(), a.lon(), b.lat(), b.lon()) - track.jitterMeters());
		if (meters == 0) {
			return 0;
		}
		double seconds = Math.abs(Duration.between(a.at(), b.at()).toMillis()) / 1000.0;
		return seconds == 0 ? Double.POSITIVE_INFINITY : meters / seconds * 3.6;
	}

	/**
	 * Checks a batch against itself and the points already stored (any order of seq). Points whose seq is already
	 * stored are resends and not checked again. Each impossible point gives one violation naming
	 * {@code points[index].field}.
	 */
	public List<Violation> check(List<TrackPoint> stored, List<TrackPoint> batch, TravelMode mode, Instant now) {
		List<Violation> violations = new ArrayList<>();
		TreeMap<Integer, TrackPoint> valid = new TreeMap<>();
		stored.forEach(p -> valid.put(p.seq(), p));
		Set<Integer> storedSeqs = new HashSet<>(valid.keySet());
		Set<Integer> seen = new HashSet<>();
		double limit = maxSpeedKmh(mode);
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < batch.size(); i++) {
			order.add(i);
		}
		order.sort(Comparator.comparingInt(i -> batch.get(i).seq()));
		for (int i : order) {
			TrackPoint p = batch.get(i);
			if (storedSeqs.contains(p.seq())) {
				continue;
			}
			String at = "points[" + i + "].";
			if (p.seq() < 0) {
				violations.add(new Violation(i, p.seq(), at + "seq", "序号不能为负 / seq must not be negative"));
				continue;
			}
			if (!seen.add(p.seq())) {
				violations.add(new Violation(i, p.seq(), at + "seq", "同一批次中序号重复 / seq repeated in the batch"));
				continue;
			}
			if (p.at() == null) {
				violations.add(new Violation(i, p.seq(), at + "at", "缺少时间 / time missing"));
				continue;
			}
			if (!Double.isFinite(p.lat()) || !Double.isFinite(p.lon()) || !insideChina(p.lat(), p.lon())) {
				violations.add(new Violation(i, p.seq(), at + "lat",
						"坐标不在中国境内 (WGS84) / position outside China: %.5f, %.5f".formatted(p.lat(), p.lon())));
				continue;
			}
			if (p.at().isAfter(now.plus(track.maxClockSkew()))) {
				violations.add(new Violation(i, p.seq(), at + "at", "时间晚于当前时间 / time is in the future"));
				continue;
			}
			var before = valid.lowerEntry(p.seq());
			var after = valid.higherEntry(p.seq());
			if (before != null && p.at().isBefore(before.getValue().at())) {
				violations.add(new Violation(i, p.seq(), at + "at", "时间早于第 %d 点 / earlier than point %d"
					.formatted(before.getKey(), before.getKey())));
				continue;
			}
			if (after != null && p.at().isAfter(after.getValue().at())) {
				violations.add(new Violation(i, p.seq(), at + "at", "时间晚于第 %d 点 / later than point %d"
					.formatted(after.getKey(), after.getKey())));
				continue;
			}
			TrackPoint neighbour = before != null ? before.getValue() : after == null ? null : after.getValue();
			if (neighbour != null) {
				double speed = speedKmh(neighbour, p);
				if (speed > limit) {
					violations.add(new Violation(i, p.seq(), at + "lat",
							"速度 %s km/h 超过上限 %.0f km/h / impossible speed".formatted(
									Double.isInfinite(speed) ? "∞" : "%.0f".formatted(speed), limit)));
					continue;
				}
			}
			valid.put(p.seq(), p);
		}
		violations.sort(Comparator.comparingInt(Violation::index));
		return violations;
	}

	/** What a track amounts to. {@code points} in any order (sorted by seq here); {@code line} may be empty. */
	public Summary summarize(List<TrackPoint> points, Instant startedAt, Instant endedAt, ReachLine line) {
		List<TrackPoint> sorted = points.stream().sorted(Comparator.comparingInt(TrackPoint::seq)).toList();
		double distance = 0;
		for (int i = 1; i < sorted.size(); i++) {
			TrackPoint a = sorted.get(i - 1), b = sorted.get(i);
			distance += Geo.haversine(a.lat(), a.lon(), b.lat(), b.lon());
		}
		Instant from = startedAt != null ? startedAt : sorted.isEmpty() ? null : sorted.get(0).at();
		Instant to = endedAt != null ? endedAt : sorted.isEmpty() ? null : sorted.get(sorted.size() - 1).at();
		long seconds = from == null || to == null ? 0 : Math.max(0, Math.round(Duration.between(from, to).toMillis() / 1000.0));
		Double nearShare = null;
		if (line != null && !line.isEmpty()) {
			long near = sorted.stream().filter(p -> line.distanceTo(p.lat(), p.lon()) <= effective.nearMeters()).count();
			nearShare = sorted.isEmpty() ? 0.0 : (double) near / sorted.size();
		}
		List<Shortfall> shortfalls = new ArrayList<>();
		if (seconds < effective.minDuration().toSeconds()) {
			shortfalls.add(Shortfall.DURATION);
		}
		if (distance < effective.minDistanceMeters()) {
			shortfalls.add(Shortfall.DISTANCE);
		}
		if (nearShare != null && nearShare < effective.minNearShare()) {
			shortfalls.add(Shortfall.NEAR_REACH);
		}
		return new Summary(seconds, distance, nearShare, sorted.size(), shortfalls.isEmpty(), List.copyOf(shortfalls));
	}
}
