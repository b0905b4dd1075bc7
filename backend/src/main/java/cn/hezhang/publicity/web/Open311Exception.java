package cn.hezhang.publicity.web;

/** An Open311 error with the specification's status code (400, 403, 404). */
class Open311Exception extends RuntimeException {
	private final int status;

	Open311Exception(int status, String description) {
		super(description);
		this.status = status;
	}

	int status() {
		return status;
	}
}
