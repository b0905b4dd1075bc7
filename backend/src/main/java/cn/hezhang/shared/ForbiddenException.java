package cn.hezhang.shared;

/** The caller may see the record but may not take this step (answers 403). */
public class ForbiddenException extends RuntimeException {
	public ForbiddenException(String message) {
		super(message);
	}
}
