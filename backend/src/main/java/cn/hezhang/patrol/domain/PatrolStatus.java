package cn.hezhang.patrol.domain;

public enum PatrolStatus {
	RECORDING, ENDED
}
