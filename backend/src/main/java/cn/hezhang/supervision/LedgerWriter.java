package cn.hezhang.supervision;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;

import cn.hezhang.shared.Times;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A ledger (台账) as an .xlsx written with POI's streaming SXSSF: only a window of 200 rows stays in memory, the
 * rest goes to a temporary file, so 100,000 rows export in constant memory. One header row, then the rows.
 */
public final class LedgerWriter implements AutoCloseable {
	static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Times.CHINA);

	private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
	private final SXSSFSheet sheet;
	private int next;

	public LedgerWriter(String sheetName, List<String> headers) {
		workbook.setCompressTempFiles(true);
		sheet = workbook.createSheet(sheetName);
		CellStyle bold = workbook.createCellStyle();
		Font font = workbook.createFont();
		font.setBold(true);
		bold.setFont(font);
		Row head = sheet.createRow(next++);
		for (int i = 0; i < headers.size(); i++) {
			Cell c = head.createCell(i);
			c.setCellValue(headers.get(i));
			c.setCellStyle(bold);
			sheet.setColumnWidth(i, Math.max(10, headers.get(i).length() * 2 + 4) * 256);
		}
		sheet.createFreezePane(0, 1);
	}

	/** Appends one row: strings, numbers, booleans (是/否) and instants (Beijing time); null leaves the cell empty. */
	public void row(Object... values) {
		Row r = sheet.createRow(next++);
		for (int i = 0; i < values.length; i++) {
			Object v = values[i];
			if (v == null) {
				continue;
			}
			Cell c = r.createCell(i);
			if (v instanceof Number n) {
				c.setCellValue(n.doubleValue());
			}
			else if (v instanceof Boolean b) {
				c.setCellValue(b ? "是" : "否");
			}
			else if (v instanceof Instant t) {
				c.setCellValue(AT.format(t));
			}
			else {
				c.setCellValue(v.toString());
			}
		}
	}

	public Consumer<Object[]> sink() {
		return this::row;
	}

	/** Data rows written so far (the header not counted). */
	public int rows() {
		return next - 1;
	}

	public void writeTo(OutputStream out) throws IOException {
		workbook.write(out);
	}

	@Override
	public void close() {
		try {
			workbook.close();
		}
		catch (IOException ignored) {
			// temp files are removed by close; nothing else to do
		}
	}
}
