package cn.hezhang.quality;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.hezhang.shared.InvalidInputException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads an import file into rows of named cells: CSV (UTF-8, comma, double quotes) or Excel (.xlsx/.xls, first
 * sheet). The first row is the header; column names are matched ignoring case. Excel date cells are turned into
 * {@code yyyy-MM-dd HH:mm:ss}.
 */
final class SampleFiles {
	static final int MAX_ROWS = 5000;

	private SampleFiles() {
	}

	record FileRow(int line, Map<String, String> cells) {
		String get(String column) {
			String v = cells.get(column);
			return v == null || v.isBlank() ? null : v.strip();
		}
	}

	static List<FileRow> read(String filename, byte[] content) {
		String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
		List<List<String>> records;
		try {
			if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
				records = excel(new ByteArrayInputStream(content));
			}
			else if (name.endsWith(".csv") || name.endsWith(".txt")) {
				records = csv(new java.io.BufferedReader(new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8)));
			}
			else {
				throw new InvalidInputException("file", "只支持 .csv 与 .xlsx 文件 / only .csv and .xlsx files");
			}
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof InvalidInputException iie) {
				throw iie;
			}
			throw new InvalidInputException("file", "无法读取文件 / cannot read the file: " + e.getMessage());
		}
		if (records.isEmpty()) {
			throw new InvalidInputException("file", "文件为空 / the file is empty");
		}
		List<String> header = new ArrayList<>();
		for (String h : records.get(0)) {
			header.add(h.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT));
		}
		List<FileRow> rows = new ArrayList<>();
		for (int i = 1; i < records.size(); i++) {
			List<String> r = records.get(i);
			if (r.stream().allMatch(String::isBlank)) {
				continue;
			}
			Map<String, String> cells = new LinkedHashMap<>();
			for (int c = 0; c < header.size(); c++) {
				cells.put(header.get(c), c < r.size() ? r.get(c) : "");
			}
			rows.add(new FileRow(i + 1, cells));
		}
		if (rows.size() > MAX_ROWS) {
			throw new InvalidInputException("file", "最多 " + MAX_ROWS + " 行 / at most " + MAX_ROWS + " rows");
		}
		return rows;
	}

	private static List<List<String>> excel(InputStream in) throws IOException {
		List<List<String>> out = new ArrayList<>();
		DataFormatter formatter = new DataFormatter(Locale.ROOT);
		try (Workbook wb = WorkbookFactory.create(in)) {
			Sheet sheet = wb.getSheetAt(0);
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				int last = Math.max(row.getLastCellNum(), 0);
				for (int c = 0; c < last; c++) {
					Cell cell = row.getCell(c);
					cells.add(cell == null ? "" : text(cell, formatter));
				}
				while (out.size() < row.getRowNum()) {
					out.add(List.of());
				}
				out.add(cells);
			}
		}
		return out;
	}

	private static String text(Cell cell, DataFormatter formatter) {
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		if (type == CellType.NUMERIC) {
			if (DateUtil.isCellDateFormatted(cell)) {
				return cell.getLocalDateTimeCellValue().toString().replace('T', ' ');
			}
			return new java.math.BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros()
				.toPlainString();
		}
		return formatter.formatCellValue(cell);
	}

	/** RFC 4180-ish: commas, double quotes (doubled inside), LF or CRLF. */
	static List<List<String>> csv(Reader reader) throws IOException {
		List<List<String>> out = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		int ch;
		int prev = -1;
		while ((ch = reader.read()) != -1) {
			char c = (char) ch;
			if (quoted) {
				if (c == '"') {
					reader.mark(1);
					int next = reader.read();
					if (next == '"') {
						field.append('"');
					}
					else {
						quoted = false;
						if (next != -1) {
							reader.reset();
						}
					}
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"' && field.isEmpty()) {
				quoted = true;
			}
			else if (c == ',') {
				record.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\n') {
				record.add(field.toString());
				field.setLength(0);
				out.add(record);
				record = new ArrayList<>();
			}
			else if (c != '\r') {
				field.append(c);
			}
			prev = c;
		}
		if (!field.isEmpty() || !record.isEmpty() || (prev != -1 && prev != '\n')) {
			record.add(field.toString());
			out.add(record);
		}
		return out;
	}
}
