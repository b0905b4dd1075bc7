package cn.hezhang.quality.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BoMilestones extends JpaRepository<Milestone, Long> {
	List<Milestone> findByBodyIdOrderByDueDateAscIdAsc(Long bodyId);
}
