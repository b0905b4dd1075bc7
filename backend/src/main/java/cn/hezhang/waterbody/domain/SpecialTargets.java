package cn.hezhang.waterbody.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SpecialTargets extends JpaRepository<SpecialTarget, Long> {
	List<SpecialTarget> findByWaterBodyIdOrderBySortOrder(Long waterBodyId);

	void deleteByWaterBodyId(Long waterBodyId);
}
