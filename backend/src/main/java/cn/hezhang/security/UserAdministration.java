package cn.hezhang.security;

import java.time.Clock;


import cn.hezhang.region.OrgDirectory;
import cn.hezhang.region.RegionDirectory;
import cn.hezhang.region.RegionView;
import cn.hezhang.shared.ForbiddenException;
import cn.hezhang.shared.InvalidInputException;
import cn.hezhang.shared.NotFoundException;
import cn.hezhang.shared.PageResult;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Account management for admins (all users) and for one's own password. A changed, disabled or re-enabled
 * account forgets its remembered Basic credentials at once.
 */
@Service
@Transactional
public class UserAdministration {
	static final int MIN_PASSWORD = 8;

	private final UserAccounts accounts;
	private final UserDirectory directory;
	private final RegionDirectory regions;
	private final OrgDirectory orgs;
	private final PasswordEncoder passwordEncoder;
	private final AccountAuthenticationProvider authentication;
	private final Clock clock;

	UserAdministration(UserAccounts accounts, UserDirectory directory, RegionDirectory regions, OrgDirectory orgs,
			PasswordEncoder passwordEncoder, AccountAuthenticationProvider authentication, Clock clock) {
		this.accounts = accounts;
		this.directory = directory;
		this.regions = regions;
		this.orgs = orgs;
		this.passwordEncoder = passwordEncoder;
		this.authentication = authentication;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public PageResult<AccountView> search(Role role, String regionCode, String q, int page, int size) {
		String prefix = regionCode == null || regionCode.isBlank() ? "" : regions.get(regionCode).scopePrefix();
		String query = q == null || q.isBlank() ? null : q.trim();
		return PageResult.of(accounts.search(role, prefix, query, PageRequest.of(page, size)).map(this::view));
	}

	@Transactional(readOnly = true)
	public AccountView get(Long id) {
		return view(load(id));
	}

	public AccountView create(UserDirectory.NewUser user) {
		return get(directory.register(user).id());
	}

	public AccountView updateProfile(Long id, String displayName, String post, String phone, String email) {
		if (displayName == null || displayName.isBlank()) {
			throw new InvalidInputException("displayName", "请填写姓名 / name required");
		}
		UserAccount a = load(id);
		a.updateProfile(displayName.trim(), blank(post), blank(phone), blank(email), clock.instant());
		authentication.forget(a.username());
		return view(a);
	}

	public AccountView setEnabled(Long id, boolean enabled, CurrentUser by) {
		UserAccount a = load(id);
		if (!enabled && a.id().equals(by.id())) {
			throw new ForbiddenException("不能停用自己的账号 / you cannot disable your own account");
		}
		if (enabled) {
			a.enable(clock.instant());
		}
		else {
			a.disable(clock.instant());
		}
		authentication.forget(a.username());
		return view(a);
	}

	/** An admin sets a new password for a user (who should change it at the next login). */
	public void resetPassword(Long id, String newPassword) {
		requireStrong(newPassword, "password");
		UserAccount a = load(id);
		a.changePassword(passwordEncoder.encode(newPassword), clock.instant());
		authentication.forget(a.username());
	}

	/** A user changes their own password, proving the current one. */
	public void changeOwnPassword(CurrentUser user, String currentPassword, String newPassword) {
		UserAccount a = load(user.id());
		if (currentPassword == null || !passwordEncoder.matches(currentPassword, a.passwordHash())) {
			throw new InvalidInputException("currentPassword", "当前密码不正确 / the current password is wrong");
		}
		requireStrong(newPassword, "newPassword");
		if (passwordEncoder.matches(newPassword, a.passwordHash())) {
			throw new InvalidInputException("newPassword", "新密码不能与当前密码相同 / choose a different password");
		}
		a.changePassword(passwordEncoder.encode(newPassword), clock.instant());
		authentication.forget(a.username());
	}

	static void requireStrong(String password, String field) {
		if (password == null || password.length() < MIN_PASSWORD) {
			throw new InvalidInputException(field, "至少 %d 个字符 / at least %d characters".formatted(MIN_PASSWORD, MIN_PASSWORD));
		}
		boolean letter = password.chars().anyMatch(Character::isLetter);
		boolean digit = password.chars().anyMatch(Character::isDigit);
		if (!letter || !digit) {
			throw new InvalidInputException(field, "须同时包含字母和数字 / must contain letters and digits");
		}
	}

	private UserAccount load(Long id) {
		return accounts.findById(id).orElseThrow(() -> new NotFoundException("用户不存在 / no such user: " + id));
	}

	private AccountView view(UserAccount a) {
		String regionName = a.regionCode() == null ? null : regions.find(a.regionCode()).map(RegionView::name).orElse(null);
		String orgName = orgs.find(a.orgId()).map(o -> o.name()).orElse(null);
		return new AccountView(a.id(), a.username(), a.displayName(), a.role(), a.regionCode(), regionName, a.orgId(),
				orgName, a.post(), a.phone(), a.email(), a.enabled(), a.lockedAt(clock.instant()));
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	public record AccountView(Long id, String username, String displayName, Role role, String regionCode,
			String regionName, Long orgId, String orgName, String post, String phone, String email, boolean enabled,
			boolean locked) {
	}

}
