package cn.hezhang.casework.web;

import java.util.List;

import cn.hezhang.casework.CaseReferenceData;
import cn.hezhang.casework.CaseReferenceData.CategoryView;
import cn.hezhang.casework.CaseReferenceData.DeadlineRuleView;
import cn.hezhang.casework.Severity;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Issue categories and rectification time limits, for admins. */
@RestController
@RequestMapping("/api/casework/admin")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "casework-admin", description = "问题类别与整改时限 / categories and time limits")
class CaseAdminController {
	private final CaseReferenceData reference;

	CaseAdminController(CaseReferenceData reference) {
		this.reference = reference;
	}

	@GetMapping("/categories")
	List<CategoryView> categories() {
		return reference.categories();
	}

	@PostMapping("/categories")
	ResponseEntity<CategoryView> add(@Valid @RequestBody NewCategory body) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(reference.addCategory(body.code(), body.nameZh(), body.nameEn(), body.publicUse(), body.sortOrder()));
	}

	@PutMapping("/categories/{code}")
	CategoryView update(@PathVariable String code, @Valid @RequestBody CategoryUpdate body) {
		return reference.updateCategory(code, body.nameZh(), body.nameEn(), body.publicUse(), body.active(), body.sortOrder());
	}

	@GetMapping("/deadline-rules")
	List<DeadlineRuleView> rules() {
		return reference.deadlineRules();
	}

	@PutMapping("/deadline-rules/{category}/{severity}")
	DeadlineRuleView setRule(@PathVariable String category, @PathVariable Severity severity,
			@Valid @RequestBody RuleUpdate body) {
		return reference.setDeadline(category, severity, body.workingDays());
	}

	record NewCategory(@NotBlank @Size(max = 32) String code, @NotBlank @Size(max = 32) String nameZh,
			@NotBlank @Size(max = 64) String nameEn, boolean publicUse, int sortOrder) {
	}

	record CategoryUpdate(@NotBlank @Size(max = 32) String nameZh, @NotBlank @Size(max = 64) String nameEn,
			boolean publicUse, boolean active, int sortOrder) {
	}

	record RuleUpdate(@NotNull Integer workingDays) {
	}
}
