package cn.hezhang.waterbody.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Signboards extends JpaRepository<Signboard, Long> {
	List<Signboard> findByWaterBodyIdOrderByBoardNo(Long waterBodyId);

	Optional<Signboard> findByBoardNo(String boardNo);
}
