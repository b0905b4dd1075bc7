package cn.hezhang.supervision.domain;

import java.util.List;
import java.util.Optional;

import cn.hezhang.supervision.NoticeKind;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface SupervisionNotices extends JpaRepository<SupervisionNotice, Long>, JpaSpecificationExecutor<SupervisionNotice> {
	Optional<SupervisionNotice> findByLadderIdAndKind(Long ladderId, NoticeKind kind);

	List<SupervisionNotice> findByLadderIdInOrderByIssuedAtAsc(java.util.Collection<Long> ladderIds);
}
