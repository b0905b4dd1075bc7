package cn.hezhang.waterbody.web;

import java.util.List;

import cn.hezhang.security.CurrentUsers;
import cn.hezhang.waterbody.ChiefRoster;
import cn.hezhang.waterbody.ReachView;
import cn.hezhang.waterbody.RegistryCommands.AppointCommand;
import cn.hezhang.waterbody.RegistryCommands.ReachCommand;
import cn.hezhang.waterbody.RegistryCommands.SignboardCommand;
import cn.hezhang.waterbody.RegistryCommands.SucceedCommand;
import cn.hezhang.waterbody.RegistryCommands.WaterBodyCommand;
import cn.hezhang.waterbody.RegistryEditor;
import cn.hezhang.waterbody.RegistryViews.AppointmentView;
import cn.hezhang.waterbody.RegistryViews.SignboardView;
import cn.hezhang.waterbody.RegistryViews.WaterBodyDetail;
import cn.hezhang.waterbody.SignboardCatalog;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The registry: water bodies and reaches (edit: admin, offices in their subtree), chief appointments and the
 * roster, signboards with their QR code. Out of the caller's scope: 404.
 */
@RestController
@RequestMapping("/api/waterbodies")
@Validated
@Tag(name = "waterbodies", description = "河湖名录、河长任命、公示牌 / registry, chiefs, signboards")
class RegistryController {
	private final RegistryEditor editor;
	private final ChiefRoster roster;
	private final SignboardCatalog signboards;
	private final CurrentUsers users;

	RegistryController(RegistryEditor editor, ChiefRoster roster, SignboardCatalog signboards, CurrentUsers users) {
		this.editor = editor;
		this.roster = roster;
		this.signboards = signboards;
		this.users = users;
	}

	@GetMapping("/{id}/detail")
	WaterBodyDetail detail(@PathVariable Long id) {
		return editor.detail(id, users.current());
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAnyRole('ADMIN','OFFICE')")
	WaterBodyDetail create(@RequestBody WaterBodyCommand command) {
		return editor.create(command, users.current());
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAnyRole('ADMIN','OFFICE')")
	WaterBodyDetail update(@PathVariable Long id, @RequestBody WaterBodyCommand command) {
		return editor.update(id, command, users.current());
	}

	@PostMapping("/{id}/reaches")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAnyRole('ADMIN','OFFICE')")
	ReachView createReach(@PathVariable Long id, @RequestBody ReachCommand command) {
		return editor.createReach(id, command, users.current());
	}

	@PutMapping("/reaches/{reachId}")
	@PreAuthorize("hasAnyRole('ADMIN','OFFICE')")
	ReachView updateReach(@PathVariable Long reachId, @RequestBody ReachCommand command) {
		return editor.updateReach(reachId, command, users.current());
	}

	@GetMapping("/{id}/chiefs")
	@Operation(summary = "The water body's chiefs, current first, then the history")
	List<AppointmentView> chiefs(@PathVariable Long id) {
		return roster.ofWaterBody(id, users.current());
	}

	@GetMapping("/roster")
	@Operation(summary = "The chiefs of a region subtree (default: the caller's region)")
	List<AppointmentView> roster(@RequestParam(required = false) String regionCode,
			@RequestParam(defaultValue = "false") boolean history) {
		return roster.roster(regionCode, history, users.current());
	}

	@PostMapping("/appointments")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAnyRole('ADMIN','OFFICE')")
	AppointmentView appoint(@RequestBody AppointCommand command) {
		return roster.appoint(command, users.current());
	}

	@PostMapping("/appointments/{id}/succession")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAnyRole('ADMIN','OFFICE')")
	@Operation(summary = "A successor takes over; the predecessor's open approval tasks move to him")
	AppointmentView succeed(@PathVariable Long id, @RequestBody SucceedCommand command) {
		return roster.succeed(id, command, users.current());
	}

	record EndRequest(String reason) {
	}

	@PostMapping("/appointments/{id}/end")
	@PreAuthorize("hasAnyRole('ADMIN','OFFICE')")
	AppointmentView end(@PathVariable Long id, @RequestBody(required = false) EndRequest request) {
		return roster.end(id, request == null ? null : request.reason(), users.current());
	}

	@GetMapping("/{id}/signboards")
	List<SignboardView> signboards(@PathVariable Long id) {
		return signboards.ofWaterBody(id, users.current());
	}

	@PostMapping("/{id}/signboards")
	@PreAuthorize("hasAnyRole('ADMIN','OFFICE')")
	@Operation(summary = "Create a signboard, or update the one with the same number")
	SignboardView saveSignboard(@PathVariable Long id, @RequestBody SignboardCommand command) {
		return signboards.save(id, command, users.current());
	}

	@GetMapping("/signboards/{id}")
	SignboardView signboard(@PathVariable Long id) {
		return signboards.get(id, users.current());
	}

	@GetMapping(path = "/signboards/{id}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
	@Operation(summary = "The signboard's QR code (PNG) pointing to the water body's public page")
	ResponseEntity<byte[]> qr(@PathVariable Long id, @RequestParam(defaultValue = "480") @Min(120) @Max(2000) int size) {
		byte[] png = signboards.qrPng(id, users.current(), size);
		return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noCache())
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"signboard-" + id + "-qr.png\"")
			.body(png);
	}
}
