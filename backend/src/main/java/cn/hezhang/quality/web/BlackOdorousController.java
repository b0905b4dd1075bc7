package cn.hezhang.quality.web;

import java.util.List;

import cn.hezhang.quality.BlackOdorousLifecycle;
import cn.hezhang.quality.BlackOdorousViews.BodyDetail;
import cn.hezhang.quality.BlackOdorousViews.BodySummary;
import cn.hezhang.quality.BlackOdorousViews.ReportView;
import cn.hezhang.quality.BlackOdorousViews.SurveyResult;
import cn.hezhang.quality.HalfYearReports;
import cn.hezhang.security.CurrentUsers;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The black-odorous lifecycle for staff: list, page, survey identification, the office's steps, reports. */
@RestController
@RequestMapping("/api/quality/black-odorous")
@Tag(name = "black-odorous", description = "城市黑臭水体 / urban black-odorous water bodies: lifecycle and reports")
class BlackOdorousController {
	private final BlackOdorousLifecycle lifecycle;
	private final HalfYearReports reports;
	private final CurrentUsers users;

	BlackOdorousController(BlackOdorousLifecycle lifecycle, HalfYearReports reports, CurrentUsers users) {
		this.lifecycle = lifecycle;
		this.reports = reports;
		this.users = users;
	}

	@GetMapping
	List<BodySummary> list() {
		return lifecycle.list(users.current());
	}

	@GetMapping("/{id}")
	BodyDetail detail(@PathVariable Long id) {
		return lifecycle.detail(id, users.current());
	}

	record SurveyRequest(Long waterBodyId, Integer valid, Integer black) {
	}

	@PostMapping("/survey")
	SurveyResult survey(@RequestBody SurveyRequest r) {
		return lifecycle.survey(r.waterBodyId(), r.valid(), r.black(), users.current());
	}

	@PostMapping("/{id}/publish")
	BodyDetail publish(@PathVariable Long id, @RequestBody BlackOdorousLifecycle.PublishCommand command) {
		return lifecycle.publish(id, command, users.current());
	}

	@PostMapping("/{id}/plan")
	BodyDetail plan(@PathVariable Long id, @RequestBody BlackOdorousLifecycle.PlanCommand command) {
		return lifecycle.plan(id, command, users.current());
	}

	@PostMapping("/{id}/milestones/{milestoneId}/done")
	BodyDetail milestoneDone(@PathVariable Long id, @PathVariable Long milestoneId) {
		return lifecycle.milestoneDone(id, milestoneId, users.current());
	}

	record AssessRequest(Integer satisfaction, String note) {
	}

	@PostMapping("/{id}/assess")
	BodyDetail assess(@PathVariable Long id, @RequestBody AssessRequest r) {
		return lifecycle.assess(id, r.satisfaction(), r.note(), users.current());
	}

	@GetMapping("/reports")
	List<ReportView> reports() {
		users.current();
		return reports.list();
	}

	@PostMapping("/reports")
	@ResponseStatus(HttpStatus.CREATED)
	ReportView generate() {
		return reports.generateOnDemand(users.current());
	}
}
