package cn.hezhang.publicity.web;

import cn.hezhang.publicity.ApiKeyView;
import cn.hezhang.publicity.ApiKeys;
import cn.hezhang.publicity.IssuedApiKey;
import cn.hezhang.security.CurrentUsers;
import cn.hezhang.shared.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Admins issue and revoke the api_keys of third-party Open311 apps; a key is shown once, when issued. */
@RestController
@RequestMapping("/api/publicity/api-keys")
@PreAuthorize("hasRole('ADMIN')")
@Validated
@Tag(name = "publicity", description = "开放接口密钥 / Open311 api_keys (admin)")
class ApiKeyController {
	private final ApiKeys keys;
	private final CurrentUsers users;

	ApiKeyController(ApiKeys keys, CurrentUsers users) {
		this.keys = keys;
		this.users = users;
	}

	record IssueRequest(@NotBlank @Size(max = 128) String name, @Size(max = 255) String contact) {
	}

	@GetMapping
	@Operation(summary = "The apps and their keys (prefix only), newest first")
	PageResult<ApiKeyView> list(@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return keys.list(page, size);
	}

	@PostMapping
	@Operation(summary = "Issue a key for an app; the answer is the only place the key is ever shown")
	ResponseEntity<IssuedApiKey> issue(@Valid @RequestBody IssueRequest body) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(keys.issue(body.name(), body.contact(), users.current().username()));
	}

	@PostMapping("/{id}/revoke")
	@Operation(summary = "Revoke a key: its app's POSTs answer 403 from now on")
	ApiKeyView revoke(@PathVariable Long id) {
		return keys.revoke(id, users.current().username());
	}
}
