package cn.hezhang.casework.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import cn.hezhang.casework.CaseStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

public interface IssueCases extends JpaRepository<IssueCase, Long>, JpaSpecificationExecutor<IssueCase> {
	Optional<IssueCase> findByClientId(String clientId);

	Optional<IssueCase> findByCaseNo(String caseNo);

	List<IssueCase> findByCaseNoIn(Collection<String> caseNos);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from IssueCase c where c.id = :id")
	Optional<IssueCase> lockById(Long id);

	/** Open cases of a category near a point in a time window, for "is this the same problem?". */
	@Query("""
			select c from IssueCase c
			where c.category = :category and c.status in :statuses
			  and c.lat between :minLat and :maxLat and c.lon between :minLon and :maxLon
			  and c.reportedAt >= :since
			order by c.reportedAt desc""")
	List<IssueCase> findNearby(String category, Collection<CaseStatus> statuses, java.math.BigDecimal minLat,
			java.math.BigDecimal maxLat, java.math.BigDecimal minLon, java.math.BigDecimal maxLon, Instant since,
			Pageable page);

	Page<IssueCase> findAll(org.springframework.data.jpa.domain.Specification<IssueCase> spec, Pageable page);
}
