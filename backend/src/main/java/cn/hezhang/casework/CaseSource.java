package cn.hezhang.casework;

/** Where a case came from. */
public enum CaseSource {
	INSPECTOR, CHIEF, OFFICE, PATROL, PUBLIC, OPEN311, MONITORING, SUPERVISION
}
