package cn.hezhang.casework;

public enum PhotoKind {
	REPORT, PROGRESS, AFTER, ACCEPTANCE
}
