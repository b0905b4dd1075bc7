package cn.hezhang.waterbody.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ChiefAppointments extends JpaRepository<ChiefAppointment, Long> {
	List<ChiefAppointment> findByWaterBodyIdOrderByActiveDescTermStartDescIdDesc(Long waterBodyId);

	List<ChiefAppointment> findByWaterBodyIdAndActiveTrueOrderByIdAsc(Long waterBodyId);

	List<ChiefAppointment> findByActiveTrueOrderByIdAsc();

	List<ChiefAppointment> findByUsernameAndActiveTrueOrderByIdAsc(String username);

	@Query("""
			select a from ChiefAppointment a where a.regionCode like concat(:prefix, '%')
			  and (:activeOnly = false or a.active = true)
			order by a.regionCode, a.waterBodyId, a.active desc, a.termStart desc""")
	List<ChiefAppointment> findInRegion(String prefix, boolean activeOnly);
}
