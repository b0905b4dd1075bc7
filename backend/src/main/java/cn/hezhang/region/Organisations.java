package cn.hezhang.region;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Organisations extends JpaRepository<Organisation, Long> {
	@Query("select o from Organisation o where o.kind = :kind and o.regionCode like concat(:prefix, '%') and o.active = true order by o.regionCode, o.name")
	List<Organisation> findActive(OrgKind kind, String prefix);

	Optional<Organisation> findByRegionCodeAndName(String regionCode, String name);

	@Query("select o from Organisation o where (:kind is null or o.kind = :kind) and o.regionCode like concat(:prefix, '%') order by o.regionCode, o.name")
	org.springframework.data.domain.Page<Organisation> search(OrgKind kind, String prefix,
			org.springframework.data.domain.Pageable page);
}
