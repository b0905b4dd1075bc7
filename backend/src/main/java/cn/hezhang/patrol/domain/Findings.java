package cn.hezhang.patrol.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Findings extends JpaRepository<Finding, Long> {
	Optional<Finding> findByClientId(String clientId);

	List<Finding> findByPatrolIdOrderByRecordedAt(String patrolId);

	@org.springframework.data.jpa.repository.Query("select f.patrolId, count(f) from Finding f where f.patrolId in :ids group by f.patrolId")
	List<Object[]> countByPatrol(java.util.Collection<String> ids);
}
