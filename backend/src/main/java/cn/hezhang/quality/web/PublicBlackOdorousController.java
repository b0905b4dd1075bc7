package cn.hezhang.quality.web;

import java.util.List;

import cn.hezhang.quality.BlackOdorousLifecycle;
import cn.hezhang.quality.BlackOdorousViews.PublicBody;
import cn.hezhang.quality.BlackOdorousViews.ReportView;
import cn.hezhang.quality.HalfYearReports;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public face (no login, under {@code /api/public/**}, which the security configuration permits): the published
 * black-odorous bodies and the half-year reports. Only what the guide makes public: name, city, place, grade,
 * status, responsible person, chief, deadline, progress — no accounts, notes or internal ids besides the report's.
 */
@RestController
@RequestMapping("/api/public/black-odorous")
@Tag(name = "public", description = "公开 / public portal")
class PublicBlackOdorousController {
	private final BlackOdorousLifecycle lifecycle;
	private final HalfYearReports reports;

	PublicBlackOdorousController(BlackOdorousLifecycle lifecycle, HalfYearReports reports) {
		this.lifecycle = lifecycle;
		this.reports = reports;
	}

	@GetMapping
	List<PublicBody> bodies() {
		return lifecycle.publicList();
	}

	@GetMapping("/reports")
	List<ReportView> reports() {
		return reports.list();
	}

	@GetMapping("/reports/{id}/data")
	List<PublicBody> data(@PathVariable Long id) {
		return reports.dataset(id);
	}

	@GetMapping("/reports/{id}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable Long id) {
		byte[] pdf = reports.pdf(id);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("black-odorous-report-" + id + ".pdf").build().toString())
			.body(pdf);
	}
}
