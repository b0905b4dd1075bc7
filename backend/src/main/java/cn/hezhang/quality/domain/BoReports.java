package cn.hezhang.quality.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BoReports extends JpaRepository<PublicReport, Long> {
	List<PublicReport> findAllByOrderByGeneratedAtDescIdDesc();

	boolean existsByPeriodCodeAndTriggerKind(String periodCode, String triggerKind);
}
