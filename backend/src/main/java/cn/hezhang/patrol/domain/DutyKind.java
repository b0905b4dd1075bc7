package cn.hezhang.patrol.domain;

import cn.hezhang.patrol.PatrolPeriod;
import cn.hezhang.patrol.PatrolSettings;

/**
 * Whose duty: a chief at one of the four levels, or an inspector. Township and county chiefs and inspectors owe
 * each reach of their region; city and region chiefs owe each water body with a reach in their region.
 */
public enum DutyKind {
	REGION_CHIEF(false), CITY_CHIEF(false), COUNTY_CHIEF(true), TOWNSHIP_CHIEF(true), INSPECTOR(true);

	private final boolean perReach;

	DutyKind(boolean perReach) {
		this.perReach = perReach;
	}

	public boolean perReach() {
		return perReach;
	}

	public PatrolPeriod period(PatrolSettings.Frequency f) {
		return switch (this) {
			case REGION_CHIEF -> f.region();
			case CITY_CHIEF -> f.city();
			case COUNTY_CHIEF -> f.county();
			case TOWNSHIP_CHIEF -> f.township();
			case INSPECTOR -> f.inspector();
		};
	}
}
