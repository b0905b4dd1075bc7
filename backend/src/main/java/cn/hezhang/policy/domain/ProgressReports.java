package cn.hezhang.policy.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgressReports extends JpaRepository<ProgressReport, Long> {
	List<ProgressReport> findByItemIdOrderByReportedAtDesc(Long itemId);
}
