package cn.hezhang.casework.web;

import java.util.List;

import cn.hezhang.casework.CaseQueries;
import cn.hezhang.region.OrgDirectory;
import cn.hezhang.region.OrgView;
import cn.hezhang.security.CurrentUsers;
import cn.hezhang.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The units a case may be assigned to: those of the handling office's region subtree. */
@RestController
@RequestMapping("/api/casework/units")
class UnitController {
	private final CaseQueries queries;
	private final OrgDirectory orgs;
	private final CurrentUsers users;

	UnitController(CaseQueries queries, OrgDirectory orgs, CurrentUsers users) {
		this.queries = queries;
		this.orgs = orgs;
		this.users = users;
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('OFFICE','ADMIN','SUPERVISOR')")
	List<UnitView> units(@RequestParam Long caseId) {
		var c = queries.detail(caseId, users.current()).orElseThrow(() -> new NotFoundException("案件不存在 / no such case"));
		return orgs.unitsUnder(c.handlingRegionCode()).stream().map(UnitView::of).toList();
	}

	record UnitView(Long id, String name, String regionCode) {
		static UnitView of(OrgView o) {
			return new UnitView(o.id(), o.name(), o.regionCode());
		}
	}
}
