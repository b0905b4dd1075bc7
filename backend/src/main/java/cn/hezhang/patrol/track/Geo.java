package cn.hezhang.patrol.track;

import java.util.List;

/** Distances on the WGS84 sphere approximation (mean Earth radius), in metres. */
public final class Geo {
	/** IUGG mean Earth radius R1, metres. */
	public static final double EARTH_RADIUS_M = 6_371_008.8;

	private Geo() {
	}

	/** Great-circle distance by the haversine formula. */
	public static double haversine(double lat1, double lon1, double lat2, double lon2) {
		double p1 = Math.toRadians(lat1), p2 = Math.toRadians(lat2);
		double dp = p2 - p1, dl = Math.toRadians(lon2 - lon1);
		double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
		return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
	}

	/**
	 * Distance from a point to a polyline ({@code [lon, lat]} vertices as in GeoJSON), on a local equirectangular
	 * projection around the point: exact enough for the few hundred metres the "near the reach" rule asks about.
	 */
	public static double distanceToLine(double lat, double lon, List<double[]> line) {
		if (line.isEmpty()) {
			return Double.POSITIVE_INFINITY;
		}
		double kx = Math.cos(Math.toRadians(lat)) * Math.toRadians(1) * EARTH_RADIUS_M;
		double ky = Math.toRadians(1) * EARTH_RADIUS_M;
		double best = Double.POSITIVE_INFINITY;
		if (line.size() == 1) {
			return haversine(lat, lon, line.get(0)[1], line.get(0)[0]);
		}
		for (int i = 1; i < line.size(); i++) {
			double ax = (line.get(i - 1)[0] - lon) * kx, ay = (line.get(i - 1)[1] - lat) * ky;
			double bx = (line.get(i)[0] - lon) * kx, by = (line.get(i)[1] - lat) * ky;
			double dx = bx - ax, dy = by - ay;
			double len2 = dx * dx + dy * dy;
			double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
			double px = ax + t * dx, py = ay + t * dy;
			best = Math.min(best, Math.sqrt(px * px + py * py));
		}
		return best;
	}
}
