package cn.hezhang.supervision.web;

import java.util.Map;

import cn.hezhang.security.CurrentUsers;
import cn.hezhang.supervision.SupervisionDashboard;
import cn.hezhang.supervision.SupervisionDashboard.Dashboard;
import cn.hezhang.supervision.SupervisionStats;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The supervisors' and chiefs' dashboard over their region subtree, from the event-fed read models. */
@RestController
@RequestMapping("/api/supervision")
@Tag(name = "supervision", description = "督办 / dashboards")
class DashboardController {
	private final SupervisionDashboard dashboard;
	private final SupervisionStats stats;
	private final CurrentUsers users;

	DashboardController(SupervisionDashboard dashboard, SupervisionStats stats, CurrentUsers users) {
		this.dashboard = dashboard;
		this.stats = stats;
		this.users = users;
	}

	@GetMapping("/dashboard")
	@PreAuthorize("hasAnyRole('SUPERVISOR','CHIEF','OFFICE','ADMIN')")
	@Operation(summary = "Numbers of a region subtree (default: the caller's) for months from..to (yyyy-MM, default the last 12)")
	Dashboard dashboard(@RequestParam(required = false) String regionCode, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		return dashboard.dashboard(users.current(), regionCode, from, to);
	}

	@PostMapping("/read-models/rebuild")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Rebuild the read models from the event log (admin)")
	Map<String, Integer> rebuild() {
		return Map.of("replayed", stats.rebuild());
	}
}
