package cn.hezhang.quality;

/**
 * A run of at least three consecutive heavy points: the reach between them is heavy. Indexes are
 * 0-based positions in the ordered list of points, both inclusive.
 */
public record HeavySegment(int fromIndex, int toIndex) {

	public HeavySegment {
		if (fromIndex < 0 || toIndex < fromIndex) {
			throw new IllegalArgumentException("bad segment " + fromIndex + ".." + toIndex);
		}
	}

	/** The number of points in the run. */
	public int points() {
		return toIndex - fromIndex + 1;
	}
}
