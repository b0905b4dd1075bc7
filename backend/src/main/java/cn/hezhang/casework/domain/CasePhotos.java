package cn.hezhang.casework.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CasePhotos extends JpaRepository<CasePhoto, Long> {
	List<CasePhoto> findByCaseIdOrderByIdAsc(Long caseId);
}
