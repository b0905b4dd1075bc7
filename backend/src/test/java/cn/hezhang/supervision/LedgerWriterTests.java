package cn.hezhang.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A ledger of 100,000 rows streams to a file that the xlsx library opens with every row in place. */
class LedgerWriterTests {

	@Test
	void aHundredThousandRowsExportAndReopenWithTheRightRowCount(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("ledger.xlsx");
		Instant t = Instant.parse("2026-03-02T02:00:00Z");
		try (LedgerWriter xlsx = new LedgerWriter("问题台账", List.of("问题编号", "状态", "整改期限", "是否超期", "返工次数"));
				OutputStream out = Files.newOutputStream(file)) {
			for (int i = 1; i <= 100_000; i++) {
				xlsx.row("HZ2026-%07d".formatted(i), "RECTIFYING", t, i % 7 == 0, i % 4);
			}
			assertThat(xlsx.rows()).isEqualTo(100_000);
			xlsx.writeTo(out);
		}

		// count the rows with the streaming reader (constant memory) ...
		int rows = 0;
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(pkg);
			try (InputStream sheet = reader.getSheetsData().next()) {
				String xml = new String(sheet.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
				int at = 0;
				while ((at = xml.indexOf("<row ", at)) >= 0) {
					rows++;
					at += 5;
				}
			}
		}
		assertThat(rows).isEqualTo(100_001);

		// ... and open it as a workbook: header, first and last row as written
		try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
			Sheet sheet = wb.getSheet("问题台账");
			assertThat(sheet.getLastRowNum()).isEqualTo(100_000);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("问题编号");
			Row first = sheet.getRow(1);
			assertThat(first.getCell(0).getStringCellValue()).isEqualTo("HZ2026-0000001");
			assertThat(first.getCell(2).getStringCellValue()).isEqualTo("2026-03-02 10:00");
			assertThat(first.getCell(3).getStringCellValue()).isEqualTo("否");
			Row last = sheet.getRow(100_000);
			assertThat(last.getCell(0).getStringCellValue()).isEqualTo("HZ2026-0100000");
			assertThat(last.getCell(4).getNumericCellValue()).isEqualTo(0.0);
		}
	}
}
