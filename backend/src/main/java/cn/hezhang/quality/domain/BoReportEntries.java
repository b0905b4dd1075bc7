package cn.hezhang.quality.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BoReportEntries extends JpaRepository<ReportEntry, Long> {
	List<ReportEntry> findByReportIdOrderByIdAsc(Long reportId);
}
