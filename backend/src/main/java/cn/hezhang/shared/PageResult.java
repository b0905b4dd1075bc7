package cn.hezhang.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list answer: every list API is paginated. */
public record PageResult<T>(List<T> items, long total, int page, int size) {

	public <R> PageResult<R> map(Function<? super T, ? extends R> mapper) {
		return new PageResult<>(items.stream().<R>map(mapper).toList(), total, page, size);
	}

	public static <T> PageResult<T> of(org.springframework.data.domain.Page<T> page) {
		return new PageResult<>(page.getContent(), page.getTotalElements(), page.getNumber(), page.getSize());
	}
}
