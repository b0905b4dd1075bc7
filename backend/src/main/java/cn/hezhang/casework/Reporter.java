package cn.hezhang.casework;

/**
 * Who reported: a user (id and name) or a member of the public (name, phone and e-mail all optional; never
 * shown on a public page or API).
 */
public record Reporter(Long userId, String name, String phone, String email) {
	public static Reporter anonymous() {
		return new Reporter(null, null, null, null);
	}
}
