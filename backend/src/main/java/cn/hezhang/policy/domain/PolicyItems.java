package cn.hezhang.policy.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import cn.hezhang.policy.ListKind;
import cn.hezhang.policy.PolicyStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PolicyItems extends JpaRepository<PolicyItem, Long> {
	List<PolicyItem> findByPolicyIdOrderByKindAscSortOrderAsc(Long policyId);

	List<PolicyItem> findByPolicyIdInAndKind(Collection<Long> policyIds, ListKind kind);

	void deleteByPolicyId(Long policyId);

	/** Tasks of approved policies past their deadline, not completed and not yet flagged. */
	@Query("""
			select i from PolicyItem i, Policy p where p.id = i.policyId and p.status = :status
			  and i.kind = cn.hezhang.policy.ListKind.TASK and i.overdue = false and i.completedAt is null
			  and i.deadline < :today""")
	List<PolicyItem> findNewlyOverdue(PolicyStatus status, LocalDate today);

	/** The tasks of approved policies (optionally of one unit). */
	@Query("""
			select i from PolicyItem i, Policy p where p.id = i.policyId and p.status = cn.hezhang.policy.PolicyStatus.APPROVED
			  and i.kind = cn.hezhang.policy.ListKind.TASK and (:unitId is null or i.unitOrgId = :unitId)
			  and (:prefix is null or p.regionCode like concat(:prefix, '%'))
			order by i.deadline, i.id""")
	List<PolicyItem> findApprovedTasks(Long unitId, String prefix);
}
