package cn.hezhang.patrol.track;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A reach's line from its GeoJSON geometry (LineString or MultiLineString, also inside a Feature). */
public record ReachLine(List<List<double[]>> parts) {
	private static final ObjectMapper JSON = new ObjectMapper();

	/** Empty when there is no geometry or it is not a line. */
	public static ReachLine parse(String geoJson) {
		List<List<double[]>> parts = new ArrayList<>();
		if (geoJson == null || geoJson.isBlank()) {
			return new ReachLine(parts);
		}
		try {
			JsonNode node = JSON.readTree(geoJson);
			if (node.has("geometry")) {
				node = node.get("geometry");
			}
			String type = node.path("type").asText();
			JsonNode coords = node.path("coordinates");
			if ("LineString".equals(type)) {
				parts.add(line(coords));
			}
			else if ("MultiLineString".equals(type)) {
				coords.forEach(c -> parts.add(line(c)));
			}
		}
		catch (Exception e) {
			parts.clear();
		}
		parts.removeIf(List::isEmpty);
		return new ReachLine(parts);
	}

	private static List<double[]> line(JsonNode coords) {
		List<double[]> line = new ArrayList<>();
		coords.forEach(c -> line.add(new double[] { c.get(0).asDouble(), c.get(1).asDouble() }));
		return line;
	}

	public boolean isEmpty() {
		return parts.isEmpty();
	}

	public double distanceTo(double lat, double lon) {
		double best = Double.POSITIVE_INFINITY;
		for (List<double[]> part : parts) {
			best = Math.min(best, Geo.distanceToLine(lat, lon, part));
		}
		return best;
	}
}
