package cn.hezhang.support;

import java.time.Duration;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test sources only (never in the application jar): lets browser tests move the clock and run due timers, as an
 * admin, in the integration context.
 */
@RestController
@RequestMapping("/api/test")
@PreAuthorize("hasRole('ADMIN')")
class TestControlController {
	private final MovableClock clock;
	private final Jobs jobs;

	TestControlController(MovableClock clock, Jobs jobs) {
		this.clock = clock;
		this.jobs = jobs;
	}

	@PostMapping("/clock/advance")
	Map<String, Object> advance(@RequestParam long minutes) {
		clock.advance(Duration.ofMinutes(minutes));
		return Map.of("now", clock.instant().toString(), "jobsRun", jobs.runDue());
	}

	@PostMapping("/jobs/run")
	Map<String, Object> run() {
		return Map.of("now", clock.instant().toString(), "jobsRun", jobs.runDue());
	}
}
