package cn.hezhang.publicity.domain;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface Submissions extends JpaRepository<Submission, Long> {
	long countByAddressHashAndAtAfter(String addressHash, Instant since);

	long countByDeviceHashAndAtAfter(String deviceHash, Instant since);

	long countByApiClientIdAndAtAfter(Long apiClientId, Instant since);

	@Modifying
	@Query("delete from Submission s where s.at < :before")
	int deleteOlderThan(Instant before);
}
