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

	@org.springframework.data.jpa.repository.Query("""
			select u from UserAccount u
			where (:role is null or u.role = :role)
			  and (:prefix = '' or u.regionCode like concat(:prefix, '%'))
			  and (:q is null or u.username like concat('%', :q, '%') or u.displayName like concat('%', :q, '%'))
			order by u.username""")
	org.springframework.data.domain.Page<UserAccount> search(Role role, String prefix, String q,
			org.springframework.data.domain.Pageable page);
}
