package cn.hezhang.policy.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Opinions extends JpaRepository<Opinion, Long> {
	List<Opinion> findByPolicyIdOrderByRecordedAtAsc(Long policyId);

	List<Opinion> findByPolicyIdAndApprovalRound(Long policyId, int approvalRound);
}
