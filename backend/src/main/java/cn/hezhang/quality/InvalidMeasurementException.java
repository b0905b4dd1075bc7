package cn.hezhang.quality;

import java.util.Objects;

/**
 * A measured value that cannot be classified: negative, outside its physical range (pH 0–14),
 * missing, or inconsistent with another value (transparency deeper than the water). {@link #field()}
 * names the item or input (e.g. {@code COD}, {@code pH}, {@code SD}, {@code waterDepthCm}), so a web
 * layer can report it as a field error.
 */
public class InvalidMeasurementException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final String field;

	public InvalidMeasurementException(String field, String message) {
		super(message);
		this.field = Objects.requireNonNull(field, "field");
	}

	/** The item code or input name the message is about. */
	public String field() {
		return field;
	}
}
