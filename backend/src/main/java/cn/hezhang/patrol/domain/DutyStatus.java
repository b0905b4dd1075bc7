package cn.hezhang.patrol.domain;

/** OPEN until an effective patrol fulfils it (DONE) or its period ends without one (MISSED). */
public enum DutyStatus {
	OPEN, DONE, MISSED
}
