package cn.hezhang.quality.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface WqSamples extends JpaRepository<Sample, Long> {
	@Query("""
			select s from WqSample s where s.regionCode like concat(:prefix, '%')
			  and (:waterBodyId is null or s.waterBodyId = :waterBodyId)
			  and (:siteId is null or s.siteId = :siteId)
			order by s.sampledAt desc, s.id desc""")
	Page<Sample> findInScope(String prefix, Long waterBodyId, Long siteId, Pageable page);

	/** A site's latest samples, newest first. */
	List<Sample> findBySiteIdOrderBySampledAtDescIdDesc(Long siteId, Pageable page);

	List<Sample> findByWaterBodyIdAndSampledAtGreaterThanEqualOrderBySampledAtAscIdAsc(Long waterBodyId, Instant since);

	Optional<Sample> findFirstByWaterBodyIdAndOverallClassIsNotNullOrderBySampledAtDescIdDesc(Long waterBodyId);

	boolean existsBySiteIdAndSampledAt(Long siteId, Instant sampledAt);
}
