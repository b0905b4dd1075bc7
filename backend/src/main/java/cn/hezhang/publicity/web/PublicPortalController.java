package cn.hezhang.publicity.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.hezhang.casework.PublicCaseQueries.PublicCategory;
import cn.hezhang.publicity.PublicPortal;
import cn.hezhang.publicity.PublicPortal.NearestReach;
import cn.hezhang.publicity.PublicPortal.PublicWaterBody;
import cn.hezhang.shared.NotFoundException;
import cn.hezhang.shared.PageResult;
import cn.hezhang.supervision.PublicListedCase;
import cn.hezhang.waterbody.WaterBodyType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public portal's reads: categories, water bodies for the map, a water body's page (its signboards' QR target). */
@RestController
@RequestMapping("/api/public")
@Validated
@Tag(name = "public", description = "公众参与 / public portal (no login)")
class PublicPortalController {
	private final PublicPortal portal;

	PublicPortalController(PublicPortal portal) {
		this.portal = portal;
	}

	record CategoryAnswer(String code, String nameZh, String nameEn) {
	}

	@GetMapping("/categories")
	@Operation(summary = "The categories the public may report")
	List<CategoryAnswer> categories() {
		return portal.categories().stream().map(c -> new CategoryAnswer(c.code(), c.nameZh(), c.nameEn())).toList();
	}

	@GetMapping("/waterbodies")
	@Operation(summary = "Water bodies with their reaches (for the map); q matches name or code, regionCode its subtree")
	PageResult<PublicWaterBody> waterBodies(@RequestParam(required = false) String q,
			@RequestParam(required = false) WaterBodyType type, @RequestParam(required = false) String regionCode,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "100") @Min(1) @Max(100) int size) {
		return portal.waterBodies(q, type, regionCode, page, size);
	}

	record WaterBodyAnswer(PublicWaterBody waterBody, List<PublicCaseAnswer> recentReports) {
	}

	@GetMapping("/waterbodies/{code}")
	@Operation(summary = "A water body's public page: reaches and the latest public reports")
	WaterBodyAnswer waterBody(@PathVariable String code) {
		Map<String, PublicCategory> categories = portal.allCategories().stream()
			.collect(Collectors.toMap(PublicCategory::code, Function.identity()));
		return portal.waterBody(code)
			.map(p -> new WaterBodyAnswer(p.waterBody(),
					p.recentReports().stream().map(c -> PublicCaseAnswer.of(c, categories)).toList()))
			.orElseThrow(() -> new NotFoundException("水体不存在 / unknown water body: " + code));
	}

	@GetMapping("/listed-cases")
	@Operation(summary = "Cases under public listing by the supervisors (挂牌督办), and those delisted in the last days")
	List<PublicListedCase> listedCases() {
		return portal.listedCases();
	}

	@GetMapping("/reaches/nearest")
	@Operation(summary = "The registered reach nearest to a point (within the configured distance)")
	NearestReach nearestReach(@RequestParam @NotNull BigDecimal lat, @RequestParam @NotNull BigDecimal lon) {
		return portal.nearestReach(lat, lon)
			.orElseThrow(() -> new NotFoundException("附近没有登记的河湖 / no registered water body nearby"));
	}
}
