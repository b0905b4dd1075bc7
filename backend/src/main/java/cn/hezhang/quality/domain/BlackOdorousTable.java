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
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The four indicator thresholds of the 2015 《城市黑臭水体整治工作指南》 table, read from the
 * {@code THRESHOLD} rows of {@code quality/black_odorous_criteria.csv}. Each row gives the light
 * grade as a range {@code a~b} (column {@code light_轻度黑臭}) and the heavy grade as a one-sided
 * bound {@code <x} or {@code >x} (column {@code heavy_重度黑臭}), e.g. transparency {@code 25~10} and
 * {@code <10}. The other rows (RULE, TARGET, CONTEXT) are prose; the rules they state are written in
 * {@code cn.hezhang.quality.BlackOdorousClassifier}.
 * <p>
 * From the two cells this reads which way is worse ({@code <x}: low values are worse; {@code >x}:
 * high values are worse), the <em>heavy edge</em> {@code x}, and the <em>light edge</em>: the other
 * end of the light range. Loading fails with {@link IllegalStateException} if {@code x} is not one
 * end of the light range (the table would have a gap or an overlap).
 */
public final class BlackOdorousTable {

	/** The classpath location of the project's seed copy. */
	public static final String RESOURCE = "quality/black_odorous_criteria.csv";

	/**
	 * One indicator's thresholds.
	 * @param lowerIsWorse {@code true} for transparency, DO and ORP (heavy is {@code <x}); {@code false}
	 * for NH3-N (heavy is {@code >x})
	 * @param lightEdge the end of the light range away from heavy: 25, 2.0, 50, 8.0
	 * @param heavyEdge the bound of the heavy grade: 10, 0.2, −200, 15
	 */
	public record Threshold(String code, String unit, boolean lowerIsWorse, BigDecimal lightEdge,
			BigDecimal heavyEdge) {
	}

	private final Map<String, Threshold> thresholds;

	private BlackOdorousTable(Map<String, Threshold> thresholds) {
		this.thresholds = Collections.unmodifiableMap(thresholds);
	}

	/** Reads the seed copy from the classpath. */
	public static BlackOdorousTable loadDefault() {
		InputStream in = BlackOdorousTable.class.getClassLoader().getResourceAsStream(RESOURCE);
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
	public static BlackOdorousTable load(Reader reader, String source) {
		Map<String, Threshold> thresholds = new LinkedHashMap<>();
		for (Csv.Row csv : Csv.read(reader)) {
			if (!"THRESHOLD".equals(csv.get("record_type"))) {
				continue;
			}
			try {
				Threshold threshold = toThreshold(csv);
				if (thresholds.putIfAbsent(threshold.code(), threshold) != null) {
					throw new IllegalStateException("indicator " + threshold.code() + " appears twice");
				}
			}
			catch (RuntimeException ex) {
				throw new IllegalStateException("%s line %d: %s".formatted(source, csv.line(), ex.getMessage()), ex);
			}
		}
		return new BlackOdorousTable(thresholds);
	}

	private static Threshold toThreshold(Csv.Row csv) {
		String code = csv.get("code");
		String light = normalise(csv.get("light_轻度黑臭"));
		String heavy = normalise(csv.get("heavy_重度黑臭"));
		int tilde = light.indexOf('~');
		if (tilde <= 0 || tilde == light.length() - 1) {
			throw new IllegalStateException(code + ": light range '" + light + "' is not 'a~b'");
		}
		BigDecimal a = decimal(code, light.substring(0, tilde));
		BigDecimal b = decimal(code, light.substring(tilde + 1));
		BigDecimal low = a.min(b);
		BigDecimal high = a.max(b);
		if (heavy.length() < 2 || (heavy.charAt(0) != '<' && heavy.charAt(0) != '>')) {
			throw new IllegalStateException(code + ": heavy bound '" + heavy + "' is not '<x' or '>x'");
		}
		boolean lowerIsWorse = heavy.charAt(0) == '<';
		BigDecimal heavyEdge = decimal(code, heavy.substring(1));
		BigDecimal adjoining = lowerIsWorse ? low : high;
		if (heavyEdge.compareTo(adjoining) != 0 || low.compareTo(high) == 0) {
			throw new IllegalStateException(code + ": heavy bound " + heavy + " does not adjoin light range " + light);
		}
		BigDecimal lightEdge = lowerIsWorse ? high : low;
		return new Threshold(code, csv.get("unit"), lowerIsWorse, lightEdge, heavyEdge);
	}

	/** Tolerates the typographic minus (U+2212), full-width tilde and spaces a hand edit might add. */
	private static String normalise(String cell) {
		return cell.replace('\u2212', '-').replace('\uFF5E', '~').replace(" ", "");
	}

	private static BigDecimal decimal(String code, String text) {
		try {
			return new BigDecimal(text);
		}
		catch (NumberFormatException ex) {
			throw new IllegalStateException(code + ": '" + text + "' is not a decimal number");
		}
	}

	/** The thresholds of {@code code}; {@link IllegalStateException} if the table has none. */
	public Threshold threshold(String code) {
		Threshold threshold = thresholds.get(Objects.requireNonNull(code, "code"));
		if (threshold == null) {
			throw new IllegalStateException("black-odorous table has no THRESHOLD row " + code);
		}
		return threshold;
	}

	/** All indicator codes, in file order. */
	public Set<String> codes() {
		return thresholds.keySet();
	}
}
