package cn.hezhang.waterbody.web;

import java.util.List;

import cn.hezhang.security.CurrentUsers;
import cn.hezhang.shared.PageResult;
import cn.hezhang.waterbody.ReachView;
import cn.hezhang.waterbody.WaterBodyView;
import cn.hezhang.waterbody.WaterbodyCatalog;
import cn.hezhang.waterbody.RegistryEditor;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/waterbodies")
@Validated
@Tag(name = "waterbodies", description = "河湖水体 / water bodies")
class WaterbodyController {
	private final WaterbodyCatalog catalog;
	private final CurrentUsers users;

	private final RegistryEditor editor;

	WaterbodyController(WaterbodyCatalog catalog, CurrentUsers users, RegistryEditor editor) {
		this.catalog = catalog;
		this.users = users;
		this.editor = editor;
	}

	@GetMapping
	PageResult<WaterBodyView> list(@RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		return catalog.waterBodies(users.current().scope(), q, page, size);
	}

	@GetMapping("/{id}")
	WaterBodyView get(@PathVariable Long id) {
		return editor.detail(id, users.current()).body();
	}

	@GetMapping("/{id}/reaches")
	List<ReachView> reaches(@PathVariable Long id) {
		get(id);
		return catalog.reaches(id);
	}
}
