package cn.hezhang.patrol.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TrackPointRows extends JpaRepository<TrackPointRow, Long> {
	List<TrackPointRow> findByPatrolIdOrderBySeq(String patrolId);
}
