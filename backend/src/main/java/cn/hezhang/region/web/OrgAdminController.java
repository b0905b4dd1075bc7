package cn.hezhang.region.web;

import cn.hezhang.region.OrgDirectory;
import cn.hezhang.region.OrgKind;
import cn.hezhang.region.OrgView;
import cn.hezhang.shared.PageResult;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Offices (河长办) and responsible units (责任单位), for admins. */
@RestController
@RequestMapping("/api/admin/orgs")
@PreAuthorize("hasRole('ADMIN')")
@Validated
@Tag(name = "admin-orgs", description = "单位管理 / offices and units")
class OrgAdminController {
	private final OrgDirectory orgs;

	OrgAdminController(OrgDirectory orgs) {
		this.orgs = orgs;
	}

	@GetMapping
	PageResult<OrgView> search(@RequestParam(required = false) OrgKind kind,
			@RequestParam(required = false) String regionCode, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return orgs.search(kind, regionCode, page, size);
	}

	@PostMapping
	ResponseEntity<OrgView> create(@Valid @RequestBody NewOrg body) {
		return ResponseEntity.status(HttpStatus.CREATED).body(orgs.create(body.kind(), body.name(), body.regionCode(), body.phone()));
	}

	@PutMapping("/{id}")
	OrgView update(@PathVariable Long id, @Valid @RequestBody OrgUpdate body) {
		return orgs.update(id, body.name(), body.phone(), body.active());
	}

	record NewOrg(@NotNull OrgKind kind, @NotBlank @Size(max = 128) String name, @NotBlank @Size(max = 12) String regionCode,
			@Size(max = 32) String phone) {
	}

	record OrgUpdate(@NotBlank @Size(max = 128) String name, @Size(max = 32) String phone, @NotNull Boolean active) {
	}
}
