package cn.hezhang.waterbody;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Reaches extends JpaRepository<Reach, Long> {
	List<Reach> findByWaterBodyIdOrderByCode(Long waterBodyId);

	Optional<Reach> findByCode(String code);

	List<Reach> findByRegionCodeStartingWithOrderByCode(String regionPrefix);
}
