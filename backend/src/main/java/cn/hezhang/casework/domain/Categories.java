package cn.hezhang.casework.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Categories extends JpaRepository<Category, String> {
	List<Category> findByActiveTrueOrderBySortOrder();

	List<Category> findAllByOrderBySortOrderAscCodeAsc();
}
