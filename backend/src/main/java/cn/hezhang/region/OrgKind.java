package cn.hezhang.region;

/** 河长办 (an office at county level and above) or 责任单位 (a department or township government). */
public enum OrgKind {
	OFFICE, UNIT
}
