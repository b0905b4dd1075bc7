package cn.hezhang.shared;

import java.util.List;

/** Bad input that only the domain can judge; names the fields (answers 400 with errors[]). */
public class InvalidInputException extends RuntimeException {
	private final List<FieldError> errors;

	public InvalidInputException(String field, String message) {
		this(List.of(new FieldError(field, message)));
	}

	public InvalidInputException(List<FieldError> errors) {
		super(errors.isEmpty() ? "invalid input" : errors.get(0).field() + ": " + errors.get(0).message());
		this.errors = List.copyOf(errors);
	}

	public List<FieldError> errors() {
		return errors;
	}

	public record FieldError(String field, String message) {
	}
}
