package cn.hezhang.calendar;

/** An exception to the Monday-Friday rule. */
public enum DayKind {
	/** A day off inside a public-holiday period (weekends inside it included). */
	HOLIDAY,
	/** A Saturday or Sunday that the notice makes a working day (调休上班). */
	MAKEUP_WORKDAY
}
