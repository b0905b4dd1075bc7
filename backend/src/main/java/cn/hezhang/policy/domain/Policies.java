package cn.hezhang.policy.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import cn.hezhang.policy.PolicyStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Policies extends JpaRepository<Policy, Long> {
	List<Policy> findByWaterBodyIdOrderByPeriodFromDescRegionCodeAscVersionNoDesc(Long waterBodyId);

	@Query("select coalesce(max(p.versionNo), 0) from Policy p where p.waterBodyId = :waterBodyId and p.regionCode = :regionCode and p.periodFrom = :periodFrom")
	int maxVersion(Long waterBodyId, String regionCode, int periodFrom);

	Optional<Policy> findFirstByWaterBodyIdAndRegionCodeAndPeriodFromAndStatus(Long waterBodyId, String regionCode,
			int periodFrom, PolicyStatus status);

	List<Policy> findByIdIn(Collection<Long> ids);

	List<Policy> findByStatusAndApproverUsername(PolicyStatus status, String approverUsername);

	@Query("""
			select p from Policy p where (:prefix is null or p.regionCode like concat(:prefix, '%'))
			  and (:waterBodyId is null or p.waterBodyId = :waterBodyId)
			  and (:status is null or p.status = :status)
			order by p.updatedAt desc, p.id desc""")
	List<Policy> search(String prefix, Long waterBodyId, PolicyStatus status);
}
