package cn.hezhang.quality.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface WqExceedances extends JpaRepository<Exceedance, Long> {
	Optional<Exceedance> findByWaterBodyIdAndKindAndPeriodCode(Long waterBodyId, String kind, String periodCode);

	List<Exceedance> findByWaterBodyIdOrderByIdDesc(Long waterBodyId);
}
