package cn.hezhang.casework.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseSteps extends JpaRepository<CaseStep, Long> {
	List<CaseStep> findByCaseIdOrderByAtAscIdAsc(Long caseId);
}
