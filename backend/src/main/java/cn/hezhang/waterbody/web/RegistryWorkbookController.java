package cn.hezhang.waterbody.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;

import cn.hezhang.security.CurrentUsers;
import cn.hezhang.shared.InvalidInputException;
import cn.hezhang.waterbody.ImportRejected;
import cn.hezhang.waterbody.RegistryWorkbook;
import cn.hezhang.waterbody.RegistryWorkbook.ImportResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Excel export and all-or-nothing import of water bodies, reaches and chief rosters. */
@RestController
@RequestMapping("/api/waterbodies")
@Tag(name = "waterbodies")
class RegistryWorkbookController {
	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final RegistryWorkbook workbook;
	private final CurrentUsers users;

	RegistryWorkbookController(RegistryWorkbook workbook, CurrentUsers users) {
		this.workbook = workbook;
		this.users = users;
	}

	@GetMapping("/export.xlsx")
	@Operation(summary = "Water bodies, reaches and current chiefs visible to the caller, as xlsx")
	ResponseEntity<byte[]> export() {
		return file(workbook.export(users.current()), "hezhang-registry.xlsx");
	}

	@GetMapping("/import-template.xlsx")
	ResponseEntity<byte[]> template() {
		return file(workbook.template(), "hezhang-registry-template.xlsx");
	}

	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAnyRole('ADMIN','OFFICE')")
	@Operation(summary = "Import sheets 水体/河段/河长名册; any bad row: 400 with rows[] (sheet, row, column, message), nothing imported")
	ImportResult importFile(@RequestPart("file") MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			throw new InvalidInputException("file", "请选择 xlsx 文件 / choose an xlsx file");
		}
		try (InputStream in = file.getInputStream()) {
			return workbook.importWorkbook(in, users.current());
		}
	}

	@ExceptionHandler(ImportRejected.class)
	ResponseEntity<ProblemDetail> rejected(ImportRejected e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"导入文件有 %d 处错误, 未导入任何数据 / %d problem(s); nothing was imported".formatted(e.rows().size(),
						e.rows().size()));
		problem.setType(URI.create("urn:hezhang:problem:import-rejected"));
		problem.setTitle("导入文件有误 / Import rejected");
		problem.setProperty("rows", e.rows());
		List<Map<String, String>> errors = e.rows().stream()
			.map(r -> Map.of("field", r.sheet() == null ? r.field() : "%s!%d.%s".formatted(r.sheet(), r.row(), r.field()),
					"message", r.message()))
			.toList();
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static ResponseEntity<byte[]> file(byte[] bytes, String name) {
		return ResponseEntity.ok().contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"").body(bytes);
	}
}
