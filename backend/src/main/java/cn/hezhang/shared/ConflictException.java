package cn.hezhang.shared;

/** The step is not allowed in the current state of the record (answers 409). */
public class ConflictException extends RuntimeException {
	public ConflictException(String message) {
		super(message);
	}
}
