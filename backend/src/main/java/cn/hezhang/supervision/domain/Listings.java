package cn.hezhang.supervision.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Listings extends JpaRepository<Listing, Long> {
	Optional<Listing> findByCaseId(Long caseId);

	/** Listed now, or lifted since {@code since}: the public list. */
	@Query("select l from Listing l where l.delistedAt is null or l.delistedAt >= :since order by l.listedAt desc, l.id desc")
	List<Listing> findPublic(Instant since);
}
