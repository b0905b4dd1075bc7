package cn.hezhang.security;

/**
 * Which records a caller may see: everything (admin), a region subtree by code prefix (chiefs, offices,
 * inspectors, supervisors), or the records assigned to one unit.
 */
public record DataScope(Kind kind, String regionPrefix, Long unitId) {
	public enum Kind {
		ALL, REGION, UNIT
	}

	public static DataScope everything() {
		return new DataScope(Kind.ALL, "", null);
	}

	public static DataScope region(String prefix) {
		return new DataScope(Kind.REGION, prefix, null);
	}

	public static DataScope unit(Long unitId) {
		return new DataScope(Kind.UNIT, null, unitId);
	}

	/** The region prefix to use in a LIKE query: "" for everything; null for a unit (which is scoped by id). */
	public String prefixOrAll() {
		return kind == Kind.ALL ? "" : regionPrefix;
	}

	public boolean coversRegion(String regionCode) {
		return kind == Kind.ALL || (kind == Kind.REGION && regionCode != null && regionCode.startsWith(regionPrefix));
	}
}
