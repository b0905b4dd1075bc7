package cn.hezhang.region.web;

import java.util.List;

import cn.hezhang.region.RegionDirectory;
import cn.hezhang.region.RegionView;
import cn.hezhang.shared.AdminLevel;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The region tree for pickers; reference data, readable by every logged-in user. */
@RestController
@RequestMapping("/api/regions")
@Tag(name = "regions", description = "行政区划 / administrative regions")
class RegionController {
	private final RegionDirectory regions;

	RegionController(RegionDirectory regions) {
		this.regions = regions;
	}

	@GetMapping
	List<RegionView> list(@RequestParam(required = false) AdminLevel level, @RequestParam(required = false) String under) {
		if (level == null) {
			return under == null ? regions.atLevel(AdminLevel.CITY, null) : regions.children(under);
		}
		return regions.atLevel(level, under);
	}

	@GetMapping("/{code}")
	RegionView get(@PathVariable String code) {
		return regions.get(code);
	}

	@GetMapping("/{code}/children")
	List<RegionView> children(@PathVariable String code) {
		regions.get(code);
		return regions.children(code);
	}
}
