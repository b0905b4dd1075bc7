package cn.hezhang.region;

import java.util.List;

import cn.hezhang.shared.AdminLevel;
import org.springframework.data.jpa.repository.JpaRepository;

interface Regions extends JpaRepository<Region, String> {
	List<Region> findByParentCodeOrderByCode(String parentCode);

	List<Region> findByLevelOrderByCode(AdminLevel level);
}
