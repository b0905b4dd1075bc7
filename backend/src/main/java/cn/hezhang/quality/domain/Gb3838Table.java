package cn.hezhang.quality.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * GB 3838-2002 Table 1 as read from {@code quality/gb3838_2002.csv}: one {@link Row} per item code,
 * with the five class limits (Ⅰ…Ⅴ) as exact decimals. Only the numbers come from the file; how a
 * value is compared with them is decided by {@code cn.hezhang.quality.Gb3838Classifier}.
 * <p>
 * Loading checks what the classifier relies on and fails with {@link IllegalStateException} naming
 * the line: a known {@code direction}; five limits for {@code max} (never decreasing from Ⅰ to Ⅴ)
 * and {@code min} (never increasing), one identical {@code a-b} range in every class for
 * {@code range}, no limits for {@code special}; no code twice.
 */
public final class Gb3838Table {

	/** The classpath location of the project's seed copy. */
	public static final String RESOURCE = "quality/gb3838_2002.csv";

	/** The CSV's {@code direction} column. */
	public enum Direction {
		/** A maximum: the value must not exceed the limit (≤). */
		MAX,
		/** A minimum: the value must not fall below the limit (≥); only DO. */
		MIN,
		/** A closed range shared by all classes; only pH (6-9). */
		RANGE,
		/** No class limits; only water temperature. */
		SPECIAL
	}

	/**
	 * One row of Table 1.
	 * @param limits the limits of classes Ⅰ…Ⅴ in that order for {@code MAX} and {@code MIN}; empty otherwise
	 * @param rangeLow the lower end of the range for {@code RANGE}, else {@code null}
	 * @param rangeHigh the upper end of the range for {@code RANGE}, else {@code null}
	 */
	public record Row(String code, String nameZh, String nameEn, String unit, Direction direction,
			List<BigDecimal> limits, BigDecimal rangeLow, BigDecimal rangeHigh) {

		public Row {
			limits = List.copyOf(limits);
		}

		/** The limit of class Ⅰ (index 0) … Ⅴ (index 4). */
		public BigDecimal limit(int classIndex) {
			return limits.get(classIndex);
		}
	}

	private static final String[] CLASS_COLUMNS = { "class_I", "class_II", "class_III", "class_IV", "class_V" };

	private final Map<String, Row> rows;

	private Gb3838Table(Map<String, Row> rows) {
		this.rows = Collections.unmodifiableMap(rows);
	}

	/** Reads the seed copy from the classpath. */
	public static Gb3838Table loadDefault() {
		InputStream in = Gb3838Table.class.getClassLoader().getResourceAsStream(RESOURCE);
		if (in == null) {
			throw new IllegalStateException("classpath resource " + RESOURCE + " is missing");
		}
		try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			return load(reader, RESOURCE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Reads a table in the seed file's format; {@code source} names it in error messages. */
	public static Gb3838Table load(Reader reader, String source) {
		Map<String, Row> rows = new LinkedHashMap<>();
		for (Csv.Row csv : Csv.read(reader)) {
			try {
				Row row = toRow(csv);
				if (rows.putIfAbsent(row.code(), row) != null) {
					throw new IllegalStateException("item code " + row.code() + " appears twice");
				}
			}
			catch (RuntimeException ex) {
				throw new IllegalStateException("%s line %d: %s".formatted(source, csv.line(), ex.getMessage()), ex);
			}
		}
		return new Gb3838Table(rows);
	}

	private static Row toRow(Csv.Row csv) {
		String code = csv.get("item_code");
		if (code.isEmpty()) {
			throw new IllegalStateException("empty item_code");
		}
		Direction direction = switch (csv.get("direction")) {
			case "max" -> Direction.MAX;
			case "min" -> Direction.MIN;
			case "range" -> Direction.RANGE;
			case "special" -> Direction.SPECIAL;
			default -> throw new IllegalStateException("unknown direction '" + csv.get("direction") + "'");
		};
		List<String> cells = java.util.Arrays.stream(CLASS_COLUMNS).map(csv::get).toList();
		List<BigDecimal> limits = List.of();
		BigDecimal low = null;
		BigDecimal high = null;
		switch (direction) {
			case MAX, MIN -> {
				limits = cells.stream().map(cell -> decimal(code, cell)).toList();
				for (int i = 1; i < limits.size(); i++) {
					int cmp = limits.get(i).compareTo(limits.get(i - 1));
					if (direction == Direction.MAX ? cmp < 0 : cmp > 0) {
						throw new IllegalStateException(code + ": class limits are not ordered for a " + direction);
					}
				}
				if (limits.get(0).signum() <= 0 || limits.get(4).signum() <= 0) {
					throw new IllegalStateException(code + ": limits must be positive");
				}
			}
			case RANGE -> {
				if (Set.copyOf(cells).size() != 1) {
					throw new IllegalStateException(code + ": a range item must have the same range in every class");
				}
				String[] ends = cells.get(0).split("-");
				if (ends.length != 2) {
					throw new IllegalStateException(code + ": range '" + cells.get(0) + "' is not 'low-high'");
				}
				low = decimal(code, ends[0]);
				high = decimal(code, ends[1]);
				if (low.compareTo(high) >= 0) {
					throw new IllegalStateException(code + ": empty range " + cells.get(0));
				}
			}
			case SPECIAL -> {
				if (cells.stream().anyMatch(cell -> !cell.isEmpty())) {
					throw new IllegalStateException(code + ": a special item has no class limits");
				}
			}
		}
		return new Row(code, csv.get("item_name_zh"), csv.get("item_name_en"), csv.get("unit"), direction,
				limits, low, high);
	}

	private static BigDecimal decimal(String code, String text) {
		try {
			return new BigDecimal(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new IllegalStateException(code + ": '" + text + "' is not a decimal number");
		}
	}

	/** The row of {@code code}; {@link IllegalStateException} if the table has none. */
	public Row row(String code) {
		Row row = rows.get(Objects.requireNonNull(code, "code"));
		if (row == null) {
			throw new IllegalStateException("GB 3838 table has no row " + code);
		}
		return row;
	}

	/** All item codes, in file order. */
	public Set<String> codes() {
		return rows.keySet();
	}
}
