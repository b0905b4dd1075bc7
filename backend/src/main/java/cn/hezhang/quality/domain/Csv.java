package cn.hezhang.quality.domain;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small RFC 4180 reader for the seed tables: fields separated by commas, optionally enclosed in
 * double quotes; inside quotes a comma or a line break is data and {@code ""} is one quote. Lines
 * end in LF or CRLF; a UTF-8 byte-order mark before the header is skipped. The first record is the
 * header, every other record must have as many fields; blank lines are skipped.
 */
final class Csv {

	/** One data record: its 1-based line number in the file and its fields by header name. */
	record Row(int line, Map<String, String> fields) {

		String get(String column) {
			String value = fields.get(column);
			if (value == null) {
				throw new IllegalStateException("line %d: no column '%s'".formatted(line, column));
			}
			return value.strip();
		}
	}

	private Csv() {
	}

	static List<Row> read(Reader reader) {
		List<List<String>> records;
		List<Integer> lines;
		try {
			Parser parser = new Parser(reader);
			records = new ArrayList<>();
			lines = new ArrayList<>();
			int startLine;
			List<String> record;
			while (true) {
				startLine = parser.line;
				record = parser.next();
				if (record == null) {
					break;
				}
				if (record.size() == 1 && record.get(0).isEmpty()) {
					continue; // blank line
				}
				records.add(record);
				lines.add(startLine);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (records.isEmpty()) {
			throw new IllegalStateException("CSV has no header");
		}
		List<String> header = records.get(0);
		if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
			header.set(0, header.get(0).substring(1));
		}
		List<Row> rows = new ArrayList<>();
		for (int i = 1; i < records.size(); i++) {
			List<String> record = records.get(i);
			if (record.size() != header.size()) {
				throw new IllegalStateException("line %d: %d fields, the header has %d"
						.formatted(lines.get(i), record.size(), header.size()));
			}
			Map<String, String> fields = new LinkedHashMap<>();
			for (int c = 0; c < header.size(); c++) {
				fields.put(header.get(c).strip(), record.get(c));
			}
			rows.add(new Row(lines.get(i), Collections.unmodifiableMap(fields)));
		}
		return List.copyOf(rows);
	}

	private static final class Parser {

		private final Reader in;

		private int pushedBack = -2;

		int line = 1;

		Parser(Reader in) {
			this.in = in;
		}

		private int read() throws IOException {
			if (pushedBack != -2) {
				int c = pushedBack;
				pushedBack = -2;
				return c;
			}
			return in.read();
		}

		/** The next record, or {@code null} at the end of the input. */
		List<String> next() throws IOException {
			int c = read();
			if (c == -1) {
				return null;
			}
			List<String> fields = new ArrayList<>();
			StringBuilder field = new StringBuilder();
			boolean quoted = false;
			boolean fieldWasQuoted = false;
			int quoteLine = line;
			while (true) {
				if (quoted) {
					if (c == -1) {
						throw new IllegalStateException("line %d: quoted field never closed".formatted(quoteLine));
					}
					if (c == '"') {
						int n = read();
						if (n == '"') {
							field.append('"');
						}
						else {
							quoted = false;
							pushedBack = n;
						}
					}
					else {
						if (c == '\n') {
							line++;
						}
						field.append((char) c);
					}
				}
				else if (c == '"' && field.isEmpty() && !fieldWasQuoted) {
					quoted = true;
					fieldWasQuoted = true;
					quoteLine = line;
				}
				else if (c == ',') {
					fields.add(field.toString());
					field.setLength(0);
					fieldWasQuoted = false;
				}
				else if (c == '\r' || c == '\n' || c == -1) {
					if (c == '\r') {
						int n = read();
						if (n != '\n') {
							pushedBack = n;
						}
					}
					if (c != -1) {
						line++;
					}
					fields.add(field.toString());
					return fields;
				}
				else if (fieldWasQuoted) {
					throw new IllegalStateException("line %d: text after a closing quote".formatted(line));
				}
				else {
					field.append((char) c);
				}
				c = read();
			}
		}
	}
}
