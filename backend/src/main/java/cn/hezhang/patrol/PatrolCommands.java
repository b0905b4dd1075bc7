package cn.hezhang.patrol;

import java.time.Instant;
import java.util.List;


/** Inputs of the recording API (shape checked by the web layer, meaning by PatrolRecording). */
public final class PatrolCommands {
	private PatrolCommands() {
	}

	public record Start(String id, Long waterBodyId, Long reachId, TravelMode mode, Instant startedAt) {
	}

	public record Append(Integer batch, List<TrackPoint> points) {
	}

	public record AddFinding(String clientId, Instant at, Double lat, Double lon, String note, boolean openCase,
			String category) {
	}

	public record Photo(String originalName, byte[] content) {
	}

	public record End(Instant endedAt) {
	}
}
