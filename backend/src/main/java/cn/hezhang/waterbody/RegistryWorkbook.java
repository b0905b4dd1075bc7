package cn.hezhang.waterbody;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import cn.hezhang.security.CurrentUser;
import cn.hezhang.security.DataScope;
import cn.hezhang.shared.InvalidInputException.FieldError;
import cn.hezhang.waterbody.ImportRejected.RowError;
import cn.hezhang.waterbody.RegistryCommands.ReachCommand;
import cn.hezhang.waterbody.RegistryCommands.WaterBodyCommand;
import cn.hezhang.waterbody.RegistryViews.AppointmentView;
import cn.hezhang.waterbody.domain.ChiefAppointment;
import cn.hezhang.waterbody.domain.ChiefAppointments;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Excel (xlsx) export and import of the registry: sheets 水体, 河段 and 河长名册 with a header row. The import checks
 * every row first and imports nothing when any is bad ({@link ImportRejected}); it only adds records (a code that
 * exists is a duplicate).
 */
@Service
@Transactional(readOnly = true)
public class RegistryWorkbook {
	public static final String SHEET_BODIES = "水体";
	public static final String SHEET_REACHES = "河段";
	public static final String SHEET_CHIEFS = "河长名册";

	static final String[] BODY_HEADERS = { "编码 code", "名称 name", "英文名 nameEn", "类型 type", "流域 basin",
			"行政区划代码 regionCode", "长度(km) lengthKm", "面积(km²) areaKm2", "水质目标 targetClass", "说明 description" };
	static final String[] BODY_FIELDS = { "code", "name", "nameEn", "type", "basin", "regionCode", "lengthKm", "areaKm2",
			"targetClass", "description" };
	static final String[] REACH_HEADERS = { "水体编码 waterBodyCode", "河段编码 code", "名称 name", "行政区划代码 regionCode",
			"起点 startPoint", "终点 endPoint", "长度(km) lengthKm", "中心纬度 centerLat", "中心经度 centerLon",
			"GeoJSON geometry" };
	static final String[] REACH_FIELDS = { "waterBodyCode", "code", "name", "regionCode", "startPoint", "endPoint",
			"lengthKm", "centerLat", "centerLon", "geometry" };
	static final String[] CHIEF_HEADERS = { "水体编码 waterBodyCode", "河段编码 reachCode", "职务 role", "姓名 personName",
			"账号 username", "职务名称 post", "办公电话 officePhone", "手机 mobile", "任期开始 termStart", "任期结束 termEnd" };
	static final String[] CHIEF_FIELDS = { "waterBodyCode", "reachCode", "role", "personName", "username", "post",
			"officePhone", "mobile", "termStart", "termEnd" };

	private final WaterBodies waterBodies;
	private final Reaches reaches;
	private final ChiefAppointments appointments;
	private final WaterbodyCatalog catalog;
	private final RegistryValidation validation;
	private final ChiefRoster roster;
	private final Clock clock;

	RegistryWorkbook(WaterBodies waterBodies, Reaches reaches, ChiefAppointments appointments, WaterbodyCatalog catalog,
			RegistryValidation validation, ChiefRoster roster, Clock clock) {
		this.waterBodies = waterBodies;
		this.reaches = reaches;
		this.appointments = appointments;
		this.catalog = catalog;
		this.validation = validation;
		this.roster = roster;
		this.clock = clock;
	}

	public record ImportResult(int waterBodies, int reaches, int chiefs) {
	}

	// ------------------------------------------------------------------ export

	/** The water bodies the caller sees, their reaches and current chiefs. */
	public byte[] export(CurrentUser user) {
		DataScope scope = user.is(cn.hezhang.security.Role.UNIT) ? DataScope.everything() : user.scope();
		List<WaterBodyView> bodies = new ArrayList<>();
		for (int page = 0;; page++) {
			var found = catalog.waterBodies(scope, null, page, 200);
			bodies.addAll(found.items());
			if (found.items().size() < 200) {
				break;
			}
		}
		try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle bold = wb.createCellStyle();
			Font font = wb.createFont();
			font.setBold(true);
			bold.setFont(font);
			Sheet bs = sheet(wb, SHEET_BODIES, BODY_HEADERS, bold);
			Sheet rs = sheet(wb, SHEET_REACHES, REACH_HEADERS, bold);
			Sheet cs = sheet(wb, SHEET_CHIEFS, CHIEF_HEADERS, bold);
			int b = 1;
			int r = 1;
			int c = 1;
			for (WaterBodyView body : bodies) {
				row(bs, b++, body.code(), body.name(), body.nameEn(), body.type().name(), body.basin(), body.regionCode(),
						body.lengthKm(), body.areaKm2(), body.targetClass(), body.description());
				for (ReachView reach : catalog.reaches(body.id())) {
					row(rs, r++, body.code(), reach.code(), reach.name(), reach.regionCode(), reach.startPoint(),
							reach.endPoint(), reach.lengthKm(), reach.centerLat(), reach.centerLon(), reach.geometry());
				}
				for (AppointmentView a : roster.currentChiefs(body.id())) {
					String reachCode = a.reachId() == null ? null : reaches.findById(a.reachId()).map(Reach::code).orElse(null);
					row(cs, c++, body.code(), reachCode, a.role().name(), a.personName(), a.username(), a.post(),
							a.officePhone(), a.mobile(), a.termStart(), a.termEnd());
				}
			}
			for (Sheet s : List.of(bs, rs, cs)) {
				for (int i = 0; i < 10; i++) {
					s.setColumnWidth(i, 20 * 256);
				}
			}
			wb.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** An empty workbook with the three sheets' headers. */
	public byte[] template() {
		try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			sheet(wb, SHEET_BODIES, BODY_HEADERS, null);
			sheet(wb, SHEET_REACHES, REACH_HEADERS, null);
			sheet(wb, SHEET_CHIEFS, CHIEF_HEADERS, null);
			wb.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Sheet sheet(Workbook wb, String name, String[] headers, CellStyle style) {
		Sheet s = wb.createSheet(name);
		Row h = s.createRow(0);
		for (int i = 0; i < headers.length; i++) {
			Cell cell = h.createCell(i);
			cell.setCellValue(headers[i]);
			if (style != null) {
				cell.setCellStyle(style);
			}
		}
		s.createFreezePane(0, 1);
		return s;
	}

	private static void row(Sheet s, int index, Object... values) {
		Row row = s.createRow(index);
		for (int i = 0; i < values.length; i++) {
			Object v = values[i];
			if (v == null) {
				continue;
			}
			Cell cell = row.createCell(i);
			if (v instanceof BigDecimal d) {
				cell.setCellValue(d.doubleValue());
			}
			else {
				cell.setCellValue(v.toString());
			}
		}
	}

	// ------------------------------------------------------------------ import

	/** Imports all rows, or none: a bad row anywhere answers {@link ImportRejected} naming every bad cell. */
	@Transactional
	public ImportResult importWorkbook(InputStream in, CurrentUser user) {
		Workbook wb;
		try {
			wb = new XSSFWorkbook(in);
		}
		catch (Exception e) {
			throw new ImportRejected(List.of(new RowError(null, 0, null, "file", "不是有效的 xlsx 文件 / not an xlsx file")));
		}
		try (wb) {
			List<RowError> errors = new ArrayList<>();
			List<Parsed<WaterBodyCommand>> bodies = parse(wb, SHEET_BODIES, BODY_HEADERS, BODY_FIELDS, errors,
					(cells) -> waterBody(cells));
			List<Parsed<ReachCommand>> reachRows = parse(wb, SHEET_REACHES, REACH_HEADERS, REACH_FIELDS, errors,
					(cells) -> reach(cells));
			List<Parsed<ChiefRow>> chiefRows = parse(wb, SHEET_CHIEFS, CHIEF_HEADERS, CHIEF_FIELDS, errors,
					(cells) -> chief(cells));
			if (wb.getSheet(SHEET_BODIES) == null && wb.getSheet(SHEET_REACHES) == null && wb.getSheet(SHEET_CHIEFS) == null) {
				errors.add(new RowError(null, 0, null, "file",
						"没有「水体」「河段」或「河长名册」工作表 / no sheet named 水体, 河段 or 河长名册"));
			}
			// the rules of each record, codes unique in the file and in the registry, the caller's jurisdiction
			Set<String> bodyCodes = new HashSet<>();
			Map<String, String> bodyRegionInFile = new HashMap<>();
			for (Parsed<WaterBodyCommand> p : bodies) {
				WaterBodyCommand c = p.value();
				for (FieldError f : validation.waterBody(c, true)) {
					p.error(errors, f.field(), f.message());
				}
				if (c.code() != null && (!bodyCodes.add(c.code()) || waterBodies.findByCode(c.code()).isPresent())) {
					p.error(errors, "code", "编码重复: " + c.code() + " / duplicate code");
				}
				if (c.regionCode() != null && catalog.regionExists(c.regionCode())
						&& !RegistryScope.canEditRegion(c.regionCode(), user)) {
					p.error(errors, "regionCode", "不在本辖区 / outside your jurisdiction");
				}
				bodyRegionInFile.put(c.code(), c.regionCode());
			}
			Set<String> reachCodes = new HashSet<>();
			for (Parsed<ReachCommand> p : reachRows) {
				ReachCommand c = p.value();
				String bodyCode = p.cells().get("waterBodyCode");
				if (bodyCode == null || bodyCode.isBlank()) {
					p.error(errors, "waterBodyCode", "水体编码必填 / water body code is required");
				}
				else if (!bodyRegionInFile.containsKey(bodyCode) && waterBodies.findByCode(bodyCode).isEmpty()) {
					p.error(errors, "waterBodyCode", "水体不存在: " + bodyCode + " / unknown water body");
				}
				for (FieldError f : validation.reach(c, true)) {
					p.error(errors, f.field(), f.message());
				}
				if (c.code() != null && (!reachCodes.add(c.code()) || reaches.findByCode(c.code()).isPresent())) {
					p.error(errors, "code", "编码重复: " + c.code() + " / duplicate code");
				}
				if (c.regionCode() != null && catalog.regionExists(c.regionCode())
						&& !RegistryScope.canEditRegion(c.regionCode(), user)) {
					p.error(errors, "regionCode", "不在本辖区 / outside your jurisdiction");
				}
			}
			Map<String, String> reachBody = new HashMap<>();
			reachRows.forEach(p -> reachBody.put(p.value().code(), p.cells().get("waterBodyCode")));
			for (Parsed<ChiefRow> p : chiefRows) {
				ChiefRow c = p.value();
				if (c.waterBodyCode() == null || (!bodyRegionInFile.containsKey(c.waterBodyCode())
						&& waterBodies.findByCode(c.waterBodyCode()).isEmpty())) {
					p.error(errors, "waterBodyCode", "水体不存在 / unknown water body");
				}
				if (c.reachCode() != null) {
					String owner = reachBody.containsKey(c.reachCode()) ? reachBody.get(c.reachCode())
							: reaches.findByCode(c.reachCode())
								.flatMap(r -> waterBodies.findById(r.waterBodyId())).map(WaterBody::code).orElse(null);
					if (owner == null || !owner.equals(c.waterBodyCode())) {
						p.error(errors, "reachCode", "河段不存在或不属于该水体 / unknown reach of this water body");
					}
				}
				if (c.personName() == null) {
					p.error(errors, "personName", "姓名必填 / name is required");
				}
				if (c.termStart() == null && !p.bad("termStart")) {
					p.error(errors, "termStart", "任期开始必填 / term start is required");
				}
				if (c.termStart() != null && c.termEnd() != null && c.termEnd().isBefore(c.termStart())) {
					p.error(errors, "termEnd", "任期结束不能早于开始 / term end before its start");
				}
				String region = chiefRegion(c, bodyRegionInFile, reachRows);
				if (region != null && !RegistryScope.canEditRegion(region, user)) {
					p.error(errors, "waterBodyCode", "不在本辖区 / outside your jurisdiction");
				}
			}
			if (!errors.isEmpty()) {
				errors.sort(java.util.Comparator.comparing((RowError e) -> e.sheet() == null ? "" : e.sheet())
					.thenComparingInt(RowError::row));
				throw new ImportRejected(errors);
			}
			// all good: save everything in this one transaction
			Map<String, Long> bodyIds = new HashMap<>();
			for (Parsed<WaterBodyCommand> p : bodies) {
				WaterBodyCommand c = p.value();
				bodyIds.put(c.code(), catalog.registerWaterBody(c.code(), c.name().trim(), c.nameEn(), c.type(), c.basin(),
						c.regionCode(), c.lengthKm(), c.areaKm2(), RegistryEditor.blankToNull(c.targetClass()),
						c.description()).id());
			}
			for (Parsed<ReachCommand> p : reachRows) {
				ReachCommand c = p.value();
				String bodyCode = p.cells().get("waterBodyCode");
				Long bodyId = bodyIds.computeIfAbsent(bodyCode, k -> waterBodies.findByCode(k).orElseThrow().id());
				catalog.registerReach(bodyId, c.code(), c.name().trim(), c.regionCode(), c.startPoint(), c.endPoint(),
						c.lengthKm(), c.centerLat(), c.centerLon(), RegistryEditor.blankToNull(c.geometry()));
			}
			for (Parsed<ChiefRow> p : chiefRows) {
				ChiefRow c = p.value();
				WaterBody body = waterBodies.findByCode(c.waterBodyCode()).orElseThrow();
				Reach reach = c.reachCode() == null ? null : reaches.findByCode(c.reachCode()).orElseThrow();
				appointments.save(new ChiefAppointment(body.id(), reach == null ? null : reach.id(),
						reach == null ? body.regionCode() : reach.regionCode(), c.role(), c.personName(), c.username(),
						c.post(), c.officePhone(), c.mobile(), c.termStart(), c.termEnd(), null, clock.instant()));
			}
			return new ImportResult(bodies.size(), reachRows.size(), chiefRows.size());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private String chiefRegion(ChiefRow c, Map<String, String> bodyRegionInFile, List<Parsed<ReachCommand>> reachRows) {
		if (c.reachCode() != null) {
			return reachRows.stream().filter(p -> c.reachCode().equals(p.value().code())).map(p -> p.value().regionCode())
				.findFirst().orElseGet(() -> reaches.findByCode(c.reachCode()).map(Reach::regionCode).orElse(null));
		}
		if (c.waterBodyCode() == null) {
			return null;
		}
		return bodyRegionInFile.containsKey(c.waterBodyCode()) ? bodyRegionInFile.get(c.waterBodyCode())
				: waterBodies.findByCode(c.waterBodyCode()).map(WaterBody::regionCode).orElse(null);
	}

	record ChiefRow(String waterBodyCode, String reachCode, ChiefRole role, String personName, String username,
			String post, String officePhone, String mobile, LocalDate termStart, LocalDate termEnd) {
	}

	/** One data row: its cells by field, the parsed record, and the sheet/row/headers to name errors by. */
	record Parsed<T>(String sheet, int row, Map<String, String> cells, T value, Map<String, String> headers,
			Set<String> badFields) {
		void error(List<RowError> errors, String field, String message) {
			String key = field.contains("[") ? field.substring(0, field.indexOf('[')) : field;
			if (badFields.contains(key)) {
				return;
			}
			badFields.add(key);
			errors.add(new RowError(sheet, row, headers.getOrDefault(key, key), key, message));
		}

		boolean bad(String field) {
			return badFields.contains(field);
		}
	}

	/** Cells of a row with the conversion problems found while reading it. */
	final class Cells {
		final Map<String, String> text;
		final Parsed<?>[] holder;
		final List<RowError> errors;

		Cells(Map<String, String> text, Parsed<?>[] holder, List<RowError> errors) {
			this.text = text;
			this.holder = holder;
			this.errors = errors;
		}

		String get(String field) {
			return text.get(field);
		}

		BigDecimal number(String field) {
			String v = text.get(field);
			if (v == null) {
				return null;
			}
			try {
				return new BigDecimal(v.replace(",", ""));
			}
			catch (NumberFormatException e) {
				holder[0].error(errors, field, "不是数字: " + v + " / not a number");
				return null;
			}
		}

		LocalDate date(String field) {
			String v = text.get(field);
			if (v == null) {
				return null;
			}
			try {
				return LocalDate.parse(v.replace('/', '-'));
			}
			catch (DateTimeParseException e) {
				holder[0].error(errors, field, "日期格式应为 yyyy-MM-dd: " + v + " / not a date");
				return null;
			}
		}
	}

	private <T> List<Parsed<T>> parse(Workbook wb, String sheetName, String[] headers, String[] fields,
			List<RowError> errors, Function<Cells, T> reader) {
		Sheet sheet = wb.getSheet(sheetName);
		List<Parsed<T>> out = new ArrayList<>();
		if (sheet == null) {
			return out;
		}
		Map<String, String> headerOf = new HashMap<>();
		for (int i = 0; i < fields.length; i++) {
			headerOf.put(fields[i], headers[i]);
		}
		DataFormatter fmt = new DataFormatter();
		for (int r = 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row == null) {
				continue;
			}
			Map<String, String> text = new HashMap<>();
			boolean any = false;
			for (int i = 0; i < fields.length; i++) {
				Cell cell = row.getCell(i);
				String v = null;
				if (cell != null) {
					v = cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)
							? cell.getLocalDateTimeCellValue().toLocalDate().toString() : fmt.formatCellValue(cell).trim();
				}
				if (v != null && !v.isEmpty()) {
					text.put(fields[i], v);
					any = true;
				}
			}
			if (!any) {
				continue;
			}
			Parsed<?>[] holder = new Parsed<?>[1];
			Set<String> bad = new HashSet<>();
			holder[0] = new Parsed<>(sheetName, r + 1, text, null, headerOf, bad);
			T value = reader.apply(new Cells(text, holder, errors));
			out.add(new Parsed<>(sheetName, r + 1, text, value, headerOf, bad));
		}
		return out;
	}

	private WaterBodyCommand waterBody(Cells c) {
		WaterBodyType type = null;
		String t = c.get("type");
		if (t != null) {
			type = typeOf(t);
			if (type == null) {
				c.holder[0].error(c.errors, "type", "类型应为 河流/湖泊/水库/城市黑臭水体: " + t + " / unknown type");
			}
		}
		else {
			c.holder[0].error(c.errors, "type", "类型必填 / type is required");
			type = WaterBodyType.RIVER;
		}
		return new WaterBodyCommand(c.get("code"), c.get("name"), c.get("nameEn"), type == null ? WaterBodyType.RIVER : type,
				c.get("basin"), c.get("regionCode"), c.number("lengthKm"), c.number("areaKm2"), c.get("targetClass"),
				c.get("description"), null);
	}

	private ReachCommand reach(Cells c) {
		return new ReachCommand(c.get("code"), c.get("name"), c.get("regionCode"), c.get("startPoint"), c.get("endPoint"),
				c.number("lengthKm"), c.number("centerLat"), c.number("centerLon"), c.get("geometry"));
	}

	private ChiefRow chief(Cells c) {
		String r = c.get("role");
		ChiefRole role = r == null ? null : roleOf(r);
		if (role == null) {
			c.holder[0].error(c.errors, "role", "职务应为 总河长/河长/湖长/副河长: " + r + " / unknown role");
		}
		return new ChiefRow(c.get("waterBodyCode"), c.get("reachCode"), role, c.get("personName"), c.get("username"),
				c.get("post"), c.get("officePhone"), c.get("mobile"), c.date("termStart"), c.date("termEnd"));
	}

	static WaterBodyType typeOf(String s) {
		for (WaterBodyType t : WaterBodyType.values()) {
			if (t.name().equalsIgnoreCase(s) || t.label().equals(s)) {
				return t;
			}
		}
		return null;
	}

	static ChiefRole roleOf(String s) {
		for (ChiefRole r : ChiefRole.values()) {
			if (r.name().equalsIgnoreCase(s) || r.label(WaterBodyType.RIVER).equals(s) || r.label(WaterBodyType.LAKE).equals(s)) {
				return r;
			}
		}
		return null;
	}
}
