package cn.hezhang.publicity.domain;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ApiClients extends JpaRepository<ApiClient, Long> {
	Optional<ApiClient> findByKeyHash(String keyHash);

	Page<ApiClient> findAllByOrderByCreatedAtDescIdDesc(Pageable page);
}
