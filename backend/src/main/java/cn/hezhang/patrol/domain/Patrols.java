package cn.hezhang.patrol.domain;

import java.time.Instant;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

public interface Patrols extends JpaRepository<Patrol, String> {
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from Patrol p where p.id = :id")
	java.util.Optional<Patrol> lockById(String id);

	/**
	 * Patrols visible to a caller: its own ({@code userId}), or those in a region subtree ({@code prefix}, null for
	 * none); optional water body and start window.
	 */
	@Query("""
			select p from Patrol p
			where (p.userId = :userId or (:prefix is not null and p.regionCode like concat(:prefix, '%')))
			  and (:mine = false or p.userId = :userId)
			  and (:waterBodyId is null or p.waterBodyId = :waterBodyId)
			  and (:from is null or p.startedAt >= :from) and (:to is null or p.startedAt < :to)
			order by p.startedAt desc""")
	Page<Patrol> findVisible(Long userId, String prefix, boolean mine, Long waterBodyId, Instant from, Instant to,
			Pageable page);

	/** Per person: [userId, patrols, effective patrols] started in a window in a region subtree (by reach region). */
	@Query("""
			select p.userId, count(p), sum(case when p.effective = true then 1 else 0 end) from Patrol p
			where p.regionCode like concat(:prefix, '%') and p.startedAt >= :from and p.startedAt < :to
			group by p.userId""")
	java.util.List<Object[]> countByUser(String prefix, Instant from, Instant to);

	/** Per region: [regionCode, patrols, effective patrols]. */
	@Query("""
			select p.regionCode, count(p), sum(case when p.effective = true then 1 else 0 end) from Patrol p
			where p.regionCode like concat(:prefix, '%') and p.startedAt >= :from and p.startedAt < :to
			group by p.regionCode""")
	java.util.List<Object[]> countByRegion(String prefix, Instant from, Instant to);

	/** Per person for one water body: [userId, patrols, effective patrols]. */
	@Query("""
			select p.userId, count(p), sum(case when p.effective = true then 1 else 0 end) from Patrol p
			where p.waterBodyId = :waterBodyId and p.startedAt >= :from and p.startedAt < :to
			group by p.userId""")
	java.util.List<Object[]> countByUserOnWaterBody(Long waterBodyId, Instant from, Instant to);

	/** Effective patrols of a person on a water body started in [from, to), earliest first. */
	@Query("""
			select p from Patrol p where p.userId = :userId and p.waterBodyId = :waterBodyId and p.effective = true
			  and p.startedAt >= :from and p.startedAt < :to order by p.startedAt""")
	java.util.List<Patrol> findEffective(Long userId, Long waterBodyId, Instant from, Instant to);
}
