package cn.hezhang.calendar;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "cal_day")
class CalendarDay {
	@Id
	@Column(name = "cal_date")
	private LocalDate day;

	@Enumerated(EnumType.STRING)
	private DayKind kind;

	@Column(name = "name_zh")
	private String nameZh;

	@Column(name = "name_en")
	private String nameEn;

	private String notice;

	protected CalendarDay() {
	}

	CalendarDay(LocalDate day, DayKind kind, String nameZh, String nameEn, String notice) {
		this.day = day;
		this.kind = kind;
		this.nameZh = nameZh;
		this.nameEn = nameEn;
		this.notice = notice;
	}

	LocalDate day() {
		return day;
	}

	DayKind kind() {
		return kind;
	}

	String nameZh() {
		return nameZh;
	}

	String nameEn() {
		return nameEn;
	}

	String notice() {
		return notice;
	}
}
