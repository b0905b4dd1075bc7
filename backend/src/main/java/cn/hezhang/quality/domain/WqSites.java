package cn.hezhang.quality.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface WqSites extends JpaRepository<MonitoringSite, Long> {
	Optional<MonitoringSite> findByCode(String code);

	List<MonitoringSite> findByWaterBodyIdOrderBySeqAscCodeAsc(Long waterBodyId);

	List<MonitoringSite> findByWaterBodyIdAndKindOrderBySeqAscCodeAsc(Long waterBodyId, MonitoringSite.Kind kind);

	@Query("""
			select s from WqMonitoringSite s where s.regionCode like concat(:prefix, '%')
			  and (:waterBodyId is null or s.waterBodyId = :waterBodyId)
			order by s.waterBodyId, s.seq, s.code""")
	List<MonitoringSite> findInScope(String prefix, Long waterBodyId);
}
