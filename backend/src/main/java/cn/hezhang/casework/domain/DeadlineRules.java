package cn.hezhang.casework.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DeadlineRules extends JpaRepository<DeadlineRule, DeadlineRule.Key> {
}
