package cn.hezhang.supervision.web;

import java.io.IOException;
import java.util.List;

import cn.hezhang.security.CurrentUsers;
import cn.hezhang.shared.AdminLevel;
import cn.hezhang.shared.InvalidInputException;
import cn.hezhang.supervision.LedgerWriter;
import cn.hezhang.supervision.SupervisionAssessment;
import cn.hezhang.supervision.SupervisionAssessment.Score;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The monthly assessment (考核): ranking of 盟市 and 旗县区, its computation and its ledger. */
@RestController
@RequestMapping("/api/supervision")
@Tag(name = "supervision", description = "考核 / monthly assessment")
class AssessmentController {
	private final SupervisionAssessment assessment;
	private final CurrentUsers users;

	AssessmentController(SupervisionAssessment assessment, CurrentUsers users) {
		this.assessment = assessment;
		this.users = users;
	}

	static AdminLevel level(String value) {
		if ("CITY".equals(value)) {
			return AdminLevel.CITY;
		}
		if ("COUNTY".equals(value)) {
			return AdminLevel.COUNTY;
		}
		throw new InvalidInputException("level", "CITY 或 COUNTY / CITY or COUNTY");
	}

	@GetMapping("/assessments")
	@PreAuthorize("hasAnyRole('SUPERVISOR','CHIEF','OFFICE','ADMIN')")
	@Operation(summary = "The ranking of a month (yyyy-MM) for CITY (盟市) or COUNTY (旗县区)")
	List<Score> scores(@RequestParam String month, @RequestParam(defaultValue = "CITY") String level) {
		return assessment.scores(month, level(level), users.current());
	}

	@GetMapping("/assessments/months")
	@PreAuthorize("hasAnyRole('SUPERVISOR','CHIEF','OFFICE','ADMIN')")
	List<String> months() {
		return assessment.months();
	}

	@PostMapping("/assessments/{month}/compute")
	@PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
	@Operation(summary = "Compute (or recompute) a month's assessment")
	List<Score> compute(@PathVariable String month) {
		return assessment.compute(month);
	}

	@GetMapping("/ledgers/assessment.xlsx")
	@PreAuthorize("hasAnyRole('SUPERVISOR','CHIEF','OFFICE','ADMIN')")
	void ledger(@RequestParam String month, @RequestParam(defaultValue = "CITY") String level,
			HttpServletResponse response) throws IOException {
		List<Score> scores = assessment.scores(month, level(level), users.current());
		try (LedgerWriter xlsx = new LedgerWriter("考核", List.of("排名", "行政区", "上级", "得分", "标记", "按期办结率", "办结率",
				"无返工率", "巡河履职率", "新增问题", "办结", "新增超期"))) {
			for (Score s : scores) {
				xlsx.row(s.rank(), s.regionName(), s.parentName(), s.score(),
						s.mark() == SupervisionAssessment.Mark.RED ? "红牌" : s.mark() == SupervisionAssessment.Mark.YELLOW ? "黄牌" : "",
						s.onTimeRate(), s.closureRate(), s.reworkFreeRate(), s.patrolCompliance(), s.reported(), s.closed(),
						s.becameOverdue());
			}
			LedgerController.send(response, "考核-" + month + ".xlsx", xlsx);
		}
	}
}
