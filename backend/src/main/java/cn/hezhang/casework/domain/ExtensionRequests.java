package cn.hezhang.casework.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ExtensionRequests extends JpaRepository<ExtensionRequest, Long> {
	Optional<ExtensionRequest> findFirstByCaseIdAndStatus(Long caseId, String status);
}
