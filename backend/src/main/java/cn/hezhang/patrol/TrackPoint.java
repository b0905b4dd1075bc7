package cn.hezhang.patrol;

import java.time.Instant;

/** One GPS fix of a patrol: its sequence number (from the phone, 0, 1, 2 …), time, WGS84 position and accuracy. */
public record TrackPoint(int seq, Instant at, double lat, double lon, Double accuracyMeters) {
}
