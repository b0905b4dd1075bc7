package cn.hezhang.shared;

/** The thing does not exist, or lies outside the caller's scope (both answer 404 so scope does not leak). */
public class NotFoundException extends RuntimeException {
	public NotFoundException(String message) {
		super(message);
	}
}
