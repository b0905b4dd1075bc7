package cn.hezhang.quality.web;

import java.io.IOException;
import java.util.List;

import cn.hezhang.quality.Monitoring;
import cn.hezhang.quality.MonitoringViews.ImportResult;
import cn.hezhang.quality.MonitoringViews.Parameter;
import cn.hezhang.quality.MonitoringViews.SampleView;
import cn.hezhang.quality.MonitoringViews.SiteView;
import cn.hezhang.quality.MonitoringViews.Trend;
import cn.hezhang.quality.MonitoringViews.WaterBodyStatus;
import cn.hezhang.security.CurrentUsers;
import cn.hezhang.shared.InvalidInputException;
import cn.hezhang.shared.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Monitoring: sites, samples (entry and file import), a water body's status and trends. Roles: units get 403;
 * offices and admins write; scope (region subtree) is applied by {@link Monitoring} (404 outside it).
 */
@RestController
@RequestMapping("/api/quality")
@Validated
@Tag(name = "quality", description = "水质监测 / water-quality monitoring, GB 3838-2002 and black-odorous classification")
class QualityController {
	private final Monitoring monitoring;
	private final CurrentUsers users;

	QualityController(Monitoring monitoring, CurrentUsers users) {
		this.monitoring = monitoring;
		this.users = users;
	}

	@GetMapping("/parameters")
	List<Parameter> parameters() {
		return monitoring.parameters();
	}

	@GetMapping("/sites")
	List<SiteView> sites(@RequestParam(required = false) Long waterBodyId) {
		return monitoring.sites(users.current(), waterBodyId);
	}

	@PostMapping("/sites")
	@ResponseStatus(HttpStatus.CREATED)
	SiteView createSite(@RequestBody Monitoring.SiteCommand command) {
		return monitoring.createSite(command, users.current());
	}

	@GetMapping("/samples")
	PageResult<SampleView> samples(@RequestParam(required = false) Long waterBodyId,
			@RequestParam(required = false) Long siteId, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		return monitoring.samples(users.current(), waterBodyId, siteId, page, size);
	}

	@GetMapping("/samples/{id}")
	SampleView sample(@PathVariable Long id) {
		return monitoring.sample(id, users.current());
	}

	@PostMapping("/samples")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Enter one sample; it is classified on save (GB 3838 class, target, black-odorous grade)")
	SampleView record(@RequestBody Monitoring.SampleCommand command) {
		return monitoring.record(command, users.current());
	}

	@PostMapping(path = "/samples/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import a CSV/XLSX file (site,sampled_at,item,value,unit[,water_depth_cm]); one bad row and "
			+ "nothing is imported: 400 with every bad row as rows[<line>].<column>")
	ImportResult importFile(@RequestPart("file") MultipartFile file) {
		try {
			return monitoring.importFile(file.getOriginalFilename(), file.getBytes(), users.current());
		}
		catch (IOException e) {
			throw new InvalidInputException("file", "无法读取文件 / cannot read the file");
		}
	}

	@GetMapping("/water-bodies/{id}/status")
	WaterBodyStatus status(@PathVariable Long id) {
		return monitoring.status(id, users.current());
	}

	@GetMapping("/water-bodies/{id}/trend")
	Trend trend(@PathVariable Long id, @RequestParam String item, @RequestParam(required = false) Long siteId) {
		return monitoring.trend(id, siteId, item, users.current());
	}
}
