package cn.hezhang.calendar.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.hezhang.calendar.DayKind;
import cn.hezhang.calendar.WorkingDays;
import cn.hezhang.calendar.WorkingDays.CalendarEntry;
import cn.hezhang.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The working-day calendar: everyone reads it; an admin adds the holidays of future years. */
@RestController
@RequestMapping("/api/calendar")
@Tag(name = "calendar", description = "工作日历 / holidays and make-up working days")
class CalendarController {
	private final WorkingDays workingDays;
	private final Clock clock;

	CalendarController(WorkingDays workingDays, Clock clock) {
		this.workingDays = workingDays;
		this.clock = clock;
	}

	@GetMapping("/days")
	@Operation(summary = "The holidays and make-up working days of a year")
	List<CalendarEntry> days(@RequestParam int year) {
		if (year < 2000 || year > 2100) {
			throw new InvalidInputException("year", "年份不正确 / bad year");
		}
		return workingDays.entries(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	record DayRequest(DayKind kind, String nameZh, String nameEn, String notice) {
	}

	@PutMapping("/days/{day}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Set a day of a future year to HOLIDAY or MAKEUP_WORKDAY")
	CalendarEntry put(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@RequestBody DayRequest body) {
		return workingDays.put(day, body.kind(), body.nameZh(), body.nameEn(), body.notice(), clock);
	}

	@DeleteMapping("/days/{day}")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<Void> delete(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
		workingDays.remove(day, clock);
		return ResponseEntity.noContent().build();
	}
}
