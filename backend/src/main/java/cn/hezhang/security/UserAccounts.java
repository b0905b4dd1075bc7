package cn.hezhang.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface UserAccounts extends JpaRepository<UserAccount, Long> {
	Optional<UserAccount> findByUsername(String username);

	List<UserAccount> findByRoleAndRegionCodeInAndEnabledTrue(Role role, Collection<String> regionCodes);

	List<UserAccount> findByOrgIdAndEnabledTrue(Long orgId);

	List<UserAccount> findByRoleAndEnabledTrue(Role role);
}
