package cn.hezhang.quality.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BoEvents extends JpaRepository<BodyEvent, Long> {
	List<BodyEvent> findByBodyIdOrderByAtAscIdAsc(Long bodyId);
}
