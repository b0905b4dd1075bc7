package cn.hezhang.supervision.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface Ladders extends JpaRepository<Ladder, Long>, JpaSpecificationExecutor<Ladder> {
	Optional<Ladder> findByCaseId(Long caseId);
}
