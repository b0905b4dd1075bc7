package cn.hezhang.quality.domain;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface BlackOdorousBodies extends JpaRepository<BlackOdorousBody, Long> {
	Optional<BlackOdorousBody> findByWaterBodyId(Long waterBodyId);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select b from BoBody b where b.waterBodyId = :waterBodyId")
	Optional<BlackOdorousBody> lockByWaterBodyId(Long waterBodyId);

	@Query("select b from BoBody b where b.regionCode like concat(:prefix, '%') order by b.regionCode, b.name")
	List<BlackOdorousBody> findInScope(String prefix);

	/** The published ones (the public sees nothing before publication). */
	@Query("select b from BoBody b where b.status <> cn.hezhang.quality.domain.BlackOdorousBody.Status.IDENTIFIED order by b.city, b.name")
	List<BlackOdorousBody> findPublished();
}
