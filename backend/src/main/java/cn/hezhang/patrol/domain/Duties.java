package cn.hezhang.patrol.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Duties extends JpaRepository<Duty, Long> {
	Optional<Duty> findByDutyKey(String dutyKey);

	List<Duty> findByIdIn(Collection<Long> ids);

	List<Duty> findByUserIdAndStatusOrderByDueAt(Long userId, DutyStatus status);

	@Query("""
			select d from Duty d where d.userId = :userId and d.status = cn.hezhang.patrol.domain.DutyStatus.OPEN
			  and d.waterBodyId = :waterBodyId and d.periodStart <= :day and d.periodEnd >= :day
			order by d.dueAt""")
	List<Duty> findOpenFor(Long userId, Long waterBodyId, LocalDate day);

	/** Duties whose period overlaps [from, to], in a region subtree. */
	@Query("""
			select d from Duty d where d.regionCode like concat(:prefix, '%')
			  and d.periodStart <= :to and d.periodEnd >= :from""")
	List<Duty> findInRegion(String prefix, LocalDate from, LocalDate to);

	@Query("""
			select d from Duty d where d.waterBodyId = :waterBodyId
			  and d.periodStart <= :to and d.periodEnd >= :from""")
	List<Duty> findForWaterBody(Long waterBodyId, LocalDate from, LocalDate to);
}
