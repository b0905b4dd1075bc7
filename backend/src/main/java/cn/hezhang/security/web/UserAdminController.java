package cn.hezhang.security.web;

import cn.hezhang.security.CurrentUsers;
import cn.hezhang.security.Role;
import cn.hezhang.security.UserAdministration;
import cn.hezhang.security.UserAdministration.AccountView;
import cn.hezhang.security.UserDirectory;
import cn.hezhang.shared.PageResult;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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

/** Accounts, for admins. */
@RestController
@RequestMapping("/api/admin/users")
@PreAuthorize("hasRole('ADMIN')")
@Validated
@Tag(name = "admin-users", description = "用户管理 / user administration")
class UserAdminController {
	private final UserAdministration administration;
	private final CurrentUsers users;

	UserAdminController(UserAdministration administration, CurrentUsers users) {
		this.administration = administration;
		this.users = users;
	}

	@GetMapping
	PageResult<AccountView> search(@RequestParam(required = false) Role role,
			@RequestParam(required = false) String regionCode, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return administration.search(role, regionCode, q, page, size);
	}

	@GetMapping("/{id}")
	AccountView get(@PathVariable Long id) {
		return administration.get(id);
	}

	@PostMapping
	ResponseEntity<AccountView> create(@Valid @RequestBody NewAccount body) {
		return ResponseEntity.status(HttpStatus.CREATED).body(administration.create(new UserDirectory.NewUser(
				body.username(), body.password(), body.displayName(), body.role(), body.regionCode(), body.orgId(),
				body.post(), body.phone(), body.email())));
	}

	@PutMapping("/{id}")
	AccountView update(@PathVariable Long id, @Valid @RequestBody Profile body) {
		return administration.updateProfile(id, body.displayName(), body.post(), body.phone(), body.email());
	}

	@PostMapping("/{id}/enabled")
	AccountView enable(@PathVariable Long id, @Valid @RequestBody Enabled body) {
		return administration.setEnabled(id, body.enabled(), users.current());
	}

	@PostMapping("/{id}/password")
	ResponseEntity<Void> resetPassword(@PathVariable Long id, @Valid @RequestBody NewPassword body) {
		administration.resetPassword(id, body.password());
		return ResponseEntity.noContent().build();
	}

	record NewAccount(@NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+") String username,
			@NotBlank @Size(max = 128) String password, @NotBlank @Size(max = 64) String displayName, @NotNull Role role,
			@Size(max = 12) String regionCode, Long orgId, @Size(max = 64) String post, @Size(max = 32) String phone,
			@Email @Size(max = 128) String email) {
	}

	record Profile(@NotBlank @Size(max = 64) String displayName, @Size(max = 64) String post,
			@Size(max = 32) String phone, @Email @Size(max = 128) String email) {
	}

	record Enabled(@NotNull Boolean enabled) {
	}

	record NewPassword(@NotBlank @Size(max = 128) String password) {
	}
}
