package cn.hezhang.waterbody;

import java.util.List;

/** An Excel import with bad rows: nothing was imported; every problem is named by sheet, row and column. */
public class ImportRejected extends RuntimeException {
	private final List<RowError> rows;

	public ImportRejected(List<RowError> rows) {
		super(rows.size() + " bad cell(s), first: " + (rows.isEmpty() ? "" : rows.get(0)));
		this.rows = List.copyOf(rows);
	}

	public List<RowError> rows() {
		return rows;
	}

	/** {@code row} as Excel numbers it (the header is row 1); {@code column} the header's text. */
	public record RowError(String sheet, int row, String column, String field, String message) {
	}
}
