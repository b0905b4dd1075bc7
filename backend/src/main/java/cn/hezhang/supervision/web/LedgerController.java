package cn.hezhang.supervision.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import cn.hezhang.casework.CaseFilter;
import cn.hezhang.casework.CaseQueries;
import cn.hezhang.casework.CaseStatus;
import cn.hezhang.casework.CaseViews.CaseSummary;
import cn.hezhang.security.CurrentUser;
import cn.hezhang.security.CurrentUsers;
import cn.hezhang.shared.PageResult;
import cn.hezhang.supervision.LadderRung;
import cn.hezhang.supervision.LedgerWriter;
import cn.hezhang.supervision.NoticeKind;
import cn.hezhang.supervision.SupervisionDashboard;
import cn.hezhang.supervision.SupervisionDashboard.Dashboard;
import cn.hezhang.supervision.SupervisionDashboard.Numbers;
import cn.hezhang.supervision.SupervisionDashboard.Row;
import cn.hezhang.supervision.SupervisionReads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Ledgers (台账) as Excel, with the same filters as the pages and within the caller's scope, streamed to the
 * response while they are read page by page.
 */
@RestController
@RequestMapping("/api/supervision/ledgers")
@Tag(name = "supervision", description = "台账 / Excel ledgers")
class LedgerController {
	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final SupervisionReads reads;
	private final SupervisionDashboard dashboard;
	private final CaseQueries cases;
	private final CurrentUsers users;

	LedgerController(SupervisionReads reads, SupervisionDashboard dashboard, CaseQueries cases, CurrentUsers users) {
		this.reads = reads;
		this.dashboard = dashboard;
		this.cases = cases;
		this.users = users;
	}

	@GetMapping("/cases.xlsx")
	@PreAuthorize("hasAnyRole('SUPERVISOR','CHIEF','OFFICE','ADMIN')")
	@Operation(summary = "问题台账: the case list with its filters")
	void cases(@RequestParam(required = false) CaseStatus status, @RequestParam(required = false) String category,
			@RequestParam(required = false) Long waterBodyId, @RequestParam(required = false) String regionCode,
			@RequestParam(required = false) Boolean overdue,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String q, HttpServletResponse response) throws IOException {
		CurrentUser user = users.current();
		CaseFilter filter = new CaseFilter(status, category, waterBodyId, regionCode, overdue, from, to, q, null, null);
		try (LedgerWriter xlsx = new LedgerWriter("问题台账", List.of("问题编号", "状态", "类别", "等级", "水体", "河段",
				"行政区", "责任单位", "报告时间", "整改期限", "是否超期", "来源"))) {
			int page = 0;
			PageResult<CaseSummary> found;
			do {
				found = cases.list(user.scope(), filter, page++, 500);
				for (CaseSummary c : found.items()) {
					xlsx.row(c.caseNo(), c.status(), c.category(), c.severity(), c.waterBodyName(), c.reachName(),
							c.regionName(), c.unitName(), c.reportedAt(), c.deadline(), c.overdue(), c.source());
				}
			} while ((long) page * 500 < found.total());
			send(response, "问题台账.xlsx", xlsx);
		}
	}

	@GetMapping("/overdue.xlsx")
	@PreAuthorize("hasAnyRole('SUPERVISOR','CHIEF','OFFICE','ADMIN')")
	@Operation(summary = "超期督办台账: the overdue sheet with each case's ladder state")
	void overdue(@RequestParam(required = false) String regionCode, @RequestParam(required = false) LadderRung rung,
			@RequestParam(required = false) String category, @RequestParam(defaultValue = "true") boolean activeOnly,
			HttpServletResponse response) throws IOException {
		try (LedgerWriter xlsx = new LedgerWriter("超期督办台账", List.of("问题编号", "行政区", "类别", "责任单位", "督办阶段",
				"整改期限", "超期工作日", "返工次数", "催办时间", "已签收", "督办时间", "已回复", "挂牌时间", "销号时间"))) {
			reads.eachLadder(users.current(), new SupervisionReads.Filter(regionCode, rung, null, category,
					activeOnly ? Boolean.TRUE : null), l -> xlsx.row(l.caseNo(), l.regionName(), l.categoryName(),
							l.unitName(), l.rungLabel(), l.deadline(), l.overdueWorkingDays(), l.reworkCount(), l.urgedAt(),
							l.urgeAcknowledged(), l.supervisedAt(), l.noticeAnswered(), l.listedAt(), l.stoppedAt()));
			send(response, "超期督办台账.xlsx", xlsx);
		}
	}

	@GetMapping("/notices.xlsx")
	@PreAuthorize("hasAnyRole('SUPERVISOR','CHIEF','OFFICE','ADMIN')")
	@Operation(summary = "督办通知台账: urge notices and 督办单 with the answers")
	void notices(@RequestParam(required = false) String regionCode, @RequestParam(required = false) NoticeKind kind,
			HttpServletResponse response) throws IOException {
		try (LedgerWriter xlsx = new LedgerWriter("督办通知台账", List.of("文号", "类型", "问题编号", "行政区", "下发单位",
				"责任单位", "下发时间", "期限", "回复", "回复时间", "回复人", "逾期未复"))) {
			reads.eachNotice(users.current(), new SupervisionReads.Filter(regionCode, null, kind, null, null),
					n -> xlsx.row(n.noticeNo(), n.kindLabel(), n.caseNo(), n.regionName(), n.issuingOfficeName(),
							n.unitName(), n.issuedAt(), n.dueAt(), n.response(), n.respondedAt(), n.respondedBy(),
							n.overdue()));
			send(response, "督办通知台账.xlsx", xlsx);
		}
	}

	@GetMapping("/regions.xlsx")
	@PreAuthorize("hasAnyRole('SUPERVISOR','CHIEF','OFFICE','ADMIN')")
	@Operation(summary = "统计与巡河履职台账: the dashboard's numbers by child region (patrol compliance included)")
	void regions(@RequestParam(required = false) String regionCode, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, HttpServletResponse response) throws IOException {
		Dashboard d = dashboard.dashboard(users.current(), regionCode, from, to);
		try (LedgerWriter xlsx = new LedgerWriter("统计台账", List.of("行政区", "代码", "新增问题", "在办", "办结", "按期办结率",
				"新增超期", "平均办理天数", "返工率", "一河一策任务超期", "应巡河", "已巡河", "未巡河", "巡河履职率"))) {
			for (Row r : d.byChild()) {
				row(xlsx, r.name(), r.key(), r.numbers());
			}
			row(xlsx, d.regionName() + " 合计", d.regionCode(), d.totals());
			send(response, "统计台账-" + d.regionName() + "-" + d.from() + "至" + d.to() + ".xlsx", xlsx);
		}
	}

	static void row(LedgerWriter xlsx, String name, String code, Numbers n) {
		xlsx.row(name, code, n.reported(), n.open(), n.closed(), n.onTimeRate(), n.becameOverdue(),
				n.averageHandlingDays(), n.reworkRate(), n.policyOverdue(), n.patrolDue(), n.patrolDone(),
				n.patrolMissed(), n.patrolCompliance());
	}

	static void send(HttpServletResponse response, String filename, LedgerWriter xlsx) throws IOException {
		response.setContentType(XLSX);
		response.setHeader("Content-Disposition", "attachment; filename=\"ledger.xlsx\"; filename*=UTF-8''"
				+ URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20"));
		xlsx.writeTo(response.getOutputStream());
		response.flushBuffer();
	}
}
