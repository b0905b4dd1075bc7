package cn.hezhang.policy;

/** The five lists of the MWR guide for 一河（湖）一策: 问题清单, 目标清单, 任务清单, 措施清单, 责任清单. */
public enum ListKind {
	PROBLEM, GOAL, TASK, MEASURE, RESPONSIBILITY
}
