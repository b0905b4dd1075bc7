package cn.hezhang.supervision;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import cn.hezhang.calendar.DayKind;
import cn.hezhang.calendar.WorkdayRules;

/** The real holiday calendar of the seed data (State Council notices), for pure tests without a database. */
public final class Calendars {
	private Calendars() {
	}

	public static WorkdayRules seeded() {
		Path csv = Path.of("../sql/seed/cn_workday_calendar.csv");
		Map<LocalDate, DayKind> days = new HashMap<>();
		try {
			for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
				String[] f = line.split(",");
				if (f.length > 1 && f[0].matches("\\d{4}-\\d{2}-\\d{2}")) {
					days.put(LocalDate.parse(f[0]), DayKind.valueOf(f[1]));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new WorkdayRules(days);
	}
}
