package cn.hezhang.publicity.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.hezhang.casework.CaseStatus;
import cn.hezhang.casework.PhotoUpload;
import cn.hezhang.casework.PublicCaseQueries.PublicCategory;
import cn.hezhang.publicity.Origin;
import cn.hezhang.publicity.PublicPortal;
import cn.hezhang.publicity.PublicReport;
import cn.hezhang.publicity.PublicReports;
import cn.hezhang.publicity.PublicStage;
import cn.hezhang.publicity.PublicitySettings;
import cn.hezhang.publicity.ReportTicket;
import cn.hezhang.shared.InvalidInputException;
import cn.hezhang.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Report a problem without an account, and follow it by its number. Limits: per client address and per device
 * ({@code X-Device-Id}, a random id the app keeps), photo count and size, and a honeypot form field that people never
 * see; a refused report stores nothing.
 */
@RestController
@RequestMapping("/api/public/cases")
@Validated
@Tag(name = "public", description = "公众参与 / public portal (no login)")
class PublicCaseController {
	static final String DEVICE_HEADER = "X-Device-Id";

	private final PublicReports reports;
	private final PublicPortal portal;
	private final ClientAddresses addresses;
	private final PublicitySettings settings;

	PublicCaseController(PublicReports reports, PublicPortal portal, ClientAddresses addresses, PublicitySettings settings) {
		this.reports = reports;
		this.portal = portal;
		this.addresses = addresses;
		this.settings = settings;
	}

	record ReportRequest(@Size(max = 64) String clientId, @NotBlank @Size(max = 32) String category, Long waterBodyId,
			Long reachId, BigDecimal lat, BigDecimal lon, @Size(max = 255) String address,
			@Size(max = 4000) String description, @Size(max = 64) String name, @Size(max = 32) String phone) {
	}

	record ReportAnswer(String caseNo, boolean created, String statusPath) {
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Report a problem (anonymous allowed) with up to 3 photos; answers the tracking number. Resending the same clientId answers the first number (200).")
	ResponseEntity<ReportAnswer> report(@Valid @RequestPart("report") ReportRequest report,
			@RequestPart(name = "photos", required = false) List<MultipartFile> photos, HttpServletRequest request) {
		String honeypot = request.getParameter(settings.reports().honeypotField());
		if (honeypot != null && !honeypot.isBlank()) {
			throw new InvalidInputException(settings.reports().honeypotField(), "此项须留空 / leave this field empty");
		}
		String device = request.getHeader(DEVICE_HEADER);
		Origin origin = new Origin(addresses.of(request), device == null || device.length() > 64 ? null : device);
		PublicReport command = new PublicReport(report.clientId(), report.category(), report.waterBodyId(),
				report.reachId(), report.lat(), report.lon(), report.address(), report.description(), report.name(),
				report.phone(), uploads(photos));
		ReportTicket ticket;
		try {
			ticket = reports.submit(command, origin);
		}
		catch (DataIntegrityViolationException e) {
			// the same clientId arrived twice at the same moment: the other request created the case
			ticket = reports.caseNoByClientId(report.clientId()).map(no -> new ReportTicket(no, false)).orElseThrow(() -> e);
		}
		ReportAnswer answer = new ReportAnswer(ticket.caseNo(), ticket.created(), "/public/cases/" + ticket.caseNo());
		return ResponseEntity.status(ticket.created() ? HttpStatus.CREATED : HttpStatus.OK).body(answer);
	}

	private List<PhotoUpload> uploads(List<MultipartFile> photos) {
		if (photos == null) {
			return List.of();
		}
		PublicitySettings.Reports rules = settings.reports();
		if (photos.size() > rules.maxPhotos()) {
			throw new InvalidInputException("photos", "最多 %d 张照片 / at most %d photos".formatted(rules.maxPhotos(), rules.maxPhotos()));
		}
		List<PhotoUpload> uploads = new ArrayList<>();
		for (int i = 0; i < photos.size(); i++) {
			MultipartFile p = photos.get(i);
			if (p.isEmpty() && (p.getOriginalFilename() == null || p.getOriginalFilename().isEmpty())) {
				continue;
			}
			if (p.getSize() > rules.maxPhotoSize().toBytes()) {
				throw new InvalidInputException("photos[" + i + "]", "照片不得超过 %d MB / at most %d MB"
					.formatted(rules.maxPhotoSize().toMegabytes(), rules.maxPhotoSize().toMegabytes()));
			}
			try {
				uploads.add(new PhotoUpload(p.getOriginalFilename(), p.getBytes()));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return uploads;
	}

	@GetMapping("/{caseNo}")
	@Operation(summary = "The status page of a public report by its tracking number: stage and public notes only")
	PublicCaseAnswer status(@PathVariable String caseNo) {
		return reports.status(caseNo).map(c -> PublicCaseAnswer.of(c, categories()))
			.orElseThrow(() -> new NotFoundException("没有这个编号的公众报告 / no public report with this number: " + caseNo));
	}

	record NearbyAnswer(String caseNo, PublicStage stage, CaseStatus status, String category, String categoryNameZh,
			String categoryNameEn, String waterBodyName, String description, Instant reportedAt, int distanceMeters) {
	}

	@GetMapping("/nearby")
	@Operation(summary = "Is this the same problem? Open cases of the category near the point (100 m by default)")
	List<NearbyAnswer> nearby(@RequestParam @NotBlank @Size(max = 32) String category, @RequestParam @NotNull BigDecimal lat,
			@RequestParam @NotNull BigDecimal lon) {
		Map<String, PublicCategory> categories = categories();
		return reports.nearby(category, lat, lon).stream().map(n -> {
			PublicCategory c = categories.get(n.category());
			return new NearbyAnswer(n.caseNo(), PublicStage.of(n.status()), n.status(), n.category(),
					c == null ? n.category() : c.nameZh(), c == null ? n.category() : c.nameEn(), n.waterBodyName(),
					n.description(), n.reportedAt(), n.distanceMeters());
		}).toList();
	}

	private Map<String, PublicCategory> categories() {
		return portal.allCategories().stream().collect(Collectors.toMap(PublicCategory::code, Function.identity()));
	}
}
