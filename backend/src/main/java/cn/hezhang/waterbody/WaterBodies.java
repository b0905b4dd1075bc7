package cn.hezhang.waterbody;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface WaterBodies extends JpaRepository<WaterBody, Long> {
	Optional<WaterBody> findByCode(String code);

	/** Water bodies managed inside the prefix, or with at least one reach inside it. */
	@Query("""
			select w from WaterBody w
			where (w.regionCode like concat(:prefix, '%')
			       or exists (select r.id from Reach r where r.waterBodyId = w.id and r.regionCode like concat(:prefix, '%')))
			  and (:q is null or w.name like concat('%', :q, '%') or w.code like concat('%', :q, '%'))
			order by w.code""")
	Page<WaterBody> findInScope(String prefix, String q, Pageable page);
}
