package cn.hezhang.publicity.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Open311Tickets extends JpaRepository<Open311Ticket, Long> {
	Optional<Open311Ticket> findByToken(String token);

	List<Open311Ticket> findByCaseNoIn(Collection<String> caseNos);
}
