package cn.hezhang.policy.web;

import java.util.List;

import cn.hezhang.policy.PolicyManagement;
import cn.hezhang.policy.PolicyStatus;
import cn.hezhang.policy.PolicyViews.ItemView;
import cn.hezhang.policy.PolicyViews.PolicyDetail;
import cn.hezhang.policy.PolicyViews.PolicyDraft;
import cn.hezhang.policy.PolicyViews.PolicySummary;
import cn.hezhang.policy.PolicyViews.ProgressView;
import cn.hezhang.policy.PolicyViews.UnitTaskView;
import cn.hezhang.security.CurrentUsers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * 一河一策: drafts (offices of the policy's level), approval steps (the chiefs the process assigns them to), the
 * approved tasks and their progress (units). Scope → 404, a step not offered to the caller → 403, a step not open → 409.
 */
@RestController
@RequestMapping("/api/policies")
@Tag(name = "policies", description = "一河（湖）一策 / one river, one policy")
class PolicyController {
	private final PolicyManagement policies;
	private final CurrentUsers users;

	PolicyController(PolicyManagement policies, CurrentUsers users) {
		this.policies = policies;
		this.users = users;
	}

	@GetMapping
	List<PolicySummary> list(@RequestParam(required = false) Long waterBodyId,
			@RequestParam(required = false) PolicyStatus status) {
		return policies.list(waterBodyId, status, users.current());
	}

	@GetMapping("/{id}")
	PolicyDetail get(@PathVariable Long id) {
		return policies.detail(id, users.current());
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAnyRole('ADMIN','OFFICE')")
	PolicyDetail create(@RequestBody PolicyDraft draft) {
		return policies.create(draft, users.current());
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAnyRole('ADMIN','OFFICE')")
	PolicyDetail update(@PathVariable Long id, @RequestBody PolicyDraft draft) {
		return policies.update(id, draft, users.current());
	}

	@PostMapping("/{id}/submit")
	@PreAuthorize("hasAnyRole('ADMIN','OFFICE')")
	@Operation(summary = "Send the draft for approval (first time, or after a return)")
	PolicyDetail submit(@PathVariable Long id) {
		return policies.submit(id, users.current());
	}

	@PostMapping("/{id}/revise")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAnyRole('ADMIN','OFFICE')")
	@Operation(summary = "Start a new draft version from the approved one")
	PolicyDetail revise(@PathVariable Long id) {
		return policies.revise(id, users.current());
	}

	record OpinionRequest(String opinion) {
	}

	@PostMapping("/{id}/opinion")
	@PreAuthorize("hasRole('CHIEF')")
	PolicyDetail opinion(@PathVariable Long id, @RequestBody OpinionRequest request) {
		return policies.giveOpinion(id, request.opinion(), users.current());
	}

	record DecisionRequest(boolean approve, String comment) {
	}

	@PostMapping("/{id}/decision")
	@PreAuthorize("hasRole('CHIEF')")
	@Operation(summary = "Approve, or return with comments for a redraft")
	PolicyDetail decide(@PathVariable Long id, @RequestBody DecisionRequest request) {
		return policies.decide(id, request.approve(), request.comment(), users.current());
	}

	record UnitOption(Long id, String name, String regionCode) {
	}

	@GetMapping("/units")
	@PreAuthorize("hasAnyRole('ADMIN','OFFICE')")
	@Operation(summary = "Units a policy of this region can give tasks to")
	List<UnitOption> units(@RequestParam String regionCode) {
		return policies.units(regionCode, users.current()).stream()
			.map(o -> new UnitOption(o.id(), o.name(), o.regionCode())).toList();
	}

	@GetMapping("/tasks")
	@Operation(summary = "Approved tasks: a unit's own, or those in the caller's subtree")
	List<UnitTaskView> tasks() {
		return policies.tasks(users.current());
	}

	record ProgressRequest(Integer percent, String note) {
	}

	@PostMapping("/tasks/{itemId}/progress")
	@PreAuthorize("hasAnyRole('ADMIN','OFFICE','UNIT')")
	ItemView reportProgress(@PathVariable Long itemId, @RequestBody ProgressRequest request) {
		return policies.reportProgress(itemId, request.percent(), request.note(), users.current());
	}

	@GetMapping("/tasks/{itemId}/progress")
	List<ProgressView> progress(@PathVariable Long itemId) {
		return policies.progressOf(itemId, users.current());
	}
}
