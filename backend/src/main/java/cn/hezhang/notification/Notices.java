package cn.hezhang.notification;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface Notices extends JpaRepository<Notice, Long> {
	Page<Notice> findByUserIdOrderByCreatedAtDescIdDesc(Long userId, Pageable page);

	Page<Notice> findByUserIdAndReadAtIsNullOrderByCreatedAtDescIdDesc(Long userId, Pageable page);

	long countByUserIdAndReadAtIsNull(Long userId);

	boolean existsByEventKeyAndUserId(String eventKey, Long userId);
}
