package cn.hezhang.quality.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTests {

	private static List<Csv.Row> read(String text) {
		return Csv.read(new StringReader(text));
	}

	@Test
	void quotedFieldsKeepTheirCommasQuotesAndLineBreaks() {
		List<Csv.Row> rows = read("a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\r\n2,\"two\nlines\",\r\n");
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).get("b")).isEqualTo("x, y");
		assertThat(rows.get(0).get("c")).isEqualTo("say \"hi\"");
		assertThat(rows.get(1).get("b")).isEqualTo("two\nlines");
		assertThat(rows.get(1).get("c")).isEmpty();
	}

	@Test
	void rowsKnowTheirLineNumberAcrossQuotedLineBreaks() {
		List<Csv.Row> rows = read("a,b\n1,\"x\ny\"\n\n3,z\n");
		assertThat(rows).extracting(Csv.Row::line).containsExactly(2, 5);
	}

	@Test
	void aByteOrderMarkBeforeTheHeaderIsIgnored() {
		assertThat(read("\uFEFFcode,v\nA,1").get(0).get("code")).isEqualTo("A");
	}

	@Test
	void aRowWithTheWrongNumberOfFieldsIsRefusedWithItsLine() {
		assertThatThrownBy(() -> read("a,b\n1,2\n3\n")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("line 3");
	}

	@Test
	void anUnclosedQuoteIsRefused() {
		assertThatThrownBy(() -> read("a,b\n1,\"open\n")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("never closed");
	}

	@Test
	void theSeedFilesParseWithEveryRowComplete() {
		assertThat(Gb3838Table.loadDefault().codes()).hasSize(25).contains("TP", "TP_LR", "FC");
		assertThat(BlackOdorousTable.loadDefault().codes()).containsExactly("SD", "DO", "ORP", "NH3N");
	}

	@Test
	void theBlackOdorousThresholdsAreReadFromTheTableCells() {
		BlackOdorousTable table = BlackOdorousTable.loadDefault();
		BlackOdorousTable.Threshold orp = table.threshold("ORP");
		assertThat(orp.lowerIsWorse()).isTrue();
		assertThat(orp.lightEdge()).isEqualByComparingTo("50");
		assertThat(orp.heavyEdge()).isEqualByComparingTo("-200");
		BlackOdorousTable.Threshold nh3n = table.threshold("NH3N");
		assertThat(nh3n.lowerIsWorse()).isFalse();
		assertThat(nh3n.lightEdge()).isEqualByComparingTo("8.0");
		assertThat(nh3n.heavyEdge()).isEqualByComparingTo("15");
	}

	@Test
	void aHeavyBoundThatDoesNotAdjoinTheLightRangeIsRefused() {
		String csv = "record_type,code,unit,light_轻度黑臭,heavy_重度黑臭\nTHRESHOLD,DO,mg/L,0.2~2.0,<0.3\n";
		assertThatThrownBy(() -> BlackOdorousTable.load(new StringReader(csv), "test"))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("line 2")
			.hasMessageContaining("does not adjoin");
	}
}
