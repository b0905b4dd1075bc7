package cn.hezhang.casework;

public enum RejectKind {
	INVALID, DUPLICATE
}
