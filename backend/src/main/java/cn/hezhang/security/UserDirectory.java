package cn.hezhang.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.hezhang.region.OrgDirectory;
import cn.hezhang.region.OrgView;
import cn.hezhang.region.RegionDirectory;
import cn.hezhang.region.RegionView;
import cn.hezhang.shared.AdminLevel;
import cn.hezhang.shared.InvalidInputException;
import cn.hezhang.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users, their scope and their task groups; who belongs to a task group (for notifications). */
@Service
@Transactional(readOnly = true)
public class UserDirectory {
	private final UserAccounts accounts;
	private final RegionDirectory regions;
	private final OrgDirectory orgs;
	private final PasswordEncoder passwordEncoder;
	private final Clock clock;
	private final ApplicationEventPublisher events;

	UserDirectory(UserAccounts accounts, RegionDirectory regions, OrgDirectory orgs, PasswordEncoder passwordEncoder,
			Clock clock, ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.regions = regions;
		this.orgs = orgs;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
		this.events = events;
	}

	public Optional<UserSummary> find(Long id) {
		return id == null ? Optional.empty() : accounts.findById(id).map(UserDirectory::summary);
	}

	public Optional<UserSummary> findByUsername(String username) {
		return accounts.findByUsername(username).map(UserDirectory::summary);
	}

	/** The enabled users that belong to a task candidate group such as {@code office:150105} or {@code unit:7}. */
	public List<UserSummary> membersOf(String group) {
		int colon = group.indexOf(':');
		if (colon < 0) {
			return List.of();
		}
		String kind = group.substring(0, colon);
		String key = group.substring(colon + 1);
		List<UserAccount> found = switch (kind) {
			case "office" -> accounts.findByRoleAndRegionCodeInAndEnabledTrue(Role.OFFICE, List.of(key));
			case "chief" -> accounts.findByRoleAndRegionCodeInAndEnabledTrue(Role.CHIEF, List.of(key));
			case "supervisor" -> accounts.findByRoleAndRegionCodeInAndEnabledTrue(Role.SUPERVISOR, List.of(key));
			case "inspector" -> {
				List<String> codes = new ArrayList<>(List.of(key));
				regions.children(key).forEach(c -> codes.add(c.code()));
				yield accounts.findByRoleAndRegionCodeInAndEnabledTrue(Role.INSPECTOR, codes);
			}
			case "unit" -> accounts.findByOrgIdAndEnabledTrue(Long.valueOf(key));
			case "user" -> accounts.findById(Long.valueOf(key)).filter(UserAccount::enabled).map(List::of).orElse(List.of());
			default -> List.of();
		};
		return found.stream().map(UserDirectory::summary).toList();
	}

	public List<UserSummary> withRole(Role role) {
		return accounts.findByRoleAndEnabledTrue(role).stream().map(UserDirectory::summary).toList();
	}

	/** Creates a user; the region and organisation must exist and fit the role. */
	@Transactional
	public UserSummary register(NewUser user) {
		List<InvalidInputException.FieldError> errors = new ArrayList<>();
		if (accounts.findByUsername(user.username()).isPresent()) {
			errors.add(new InvalidInputException.FieldError("username", "用户名已存在 / username taken"));
		}
		if (user.role() != Role.ADMIN && (user.regionCode() == null || regions.find(user.regionCode()).isEmpty())) {
			errors.add(new InvalidInputException.FieldError("regionCode", "行政区划不存在 / unknown region"));
		}
		if (user.role() == Role.UNIT && (user.orgId() == null || orgs.find(user.orgId()).isEmpty())) {
			errors.add(new InvalidInputException.FieldError("orgId", "责任单位必须属于一个单位 / a unit user needs an organisation"));
		}
		if (user.password() == null || user.password().length() < 8) {
			errors.add(new InvalidInputException.FieldError("password", "至少 8 个字符 / at least 8 characters"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		UserAccount saved = accounts.save(new UserAccount(user.username(), passwordEncoder.encode(user.password()),
				user.displayName(), user.role(), user.regionCode(), user.orgId(), user.post(), user.phone(), user.email(),
				clock.instant()));
		events.publishEvent(new UserRegistered(saved.id(), saved.username(), saved.role()));
		return summary(saved);
	}

	/** The full picture of a user for the security context. */
	CurrentUser currentUser(UserAccount account) {
		RegionView region = account.regionCode() == null ? null : regions.find(account.regionCode()).orElse(null);
		OrgView org = orgs.find(account.orgId()).orElse(null);
		String prefix = account.role() == Role.ADMIN ? "" : region == null ? null : region.scopePrefix();
		return new CurrentUser(account.id(), account.username(), account.displayName(), account.role(),
				account.regionCode(), region == null ? null : region.name(), region == null ? null : region.level(),
				prefix, account.orgId(), org == null ? null : org.name(), groups(account, region));
	}

	/** The security picture of a user, for server-side work done on a user's behalf (demo data, tests). */
	public CurrentUser currentUser(String username) {
		return currentUser(accounts.findByUsername(username)
				.orElseThrow(() -> new NotFoundException("用户不存在 / unknown user " + username)));
	}

	private Set<String> groups(UserAccount account, RegionView region) {
		Set<String> groups = new LinkedHashSet<>();
		groups.add(TaskGroups.user(account.id()));
		if (region != null) {
			switch (account.role()) {
				case OFFICE -> groups.add(TaskGroups.office(region.code()));
				case CHIEF -> groups.add(TaskGroups.chief(region.code()));
				case SUPERVISOR -> groups.add(TaskGroups.supervisor(region.code()));
				case INSPECTOR -> {
					groups.add(TaskGroups.inspector(region.code()));
					if (region.level() == AdminLevel.TOWNSHIP && region.parentCode() != null) {
						groups.add(TaskGroups.inspector(region.parentCode()));
					}
				}
				default -> {
				}
			}
		}
		if (account.role() == Role.UNIT && account.orgId() != null) {
			groups.add(TaskGroups.unit(account.orgId()));
		}
		return Set.copyOf(groups);
	}

	static UserSummary summary(UserAccount a) {
		return new UserSummary(a.id(), a.username(), a.displayName(), a.role(), a.regionCode(), a.orgId(), a.post(),
				a.phone(), a.email());
	}

	public record UserSummary(Long id, String username, String displayName, Role role, String regionCode, Long orgId,
			String post, String phone, String email) {
	}

	public record NewUser(String username, String password, String displayName, Role role, String regionCode,
			Long orgId, String post, String phone, String email) {
	}
}
