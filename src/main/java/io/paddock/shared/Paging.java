package io.paddock.shared;

import java.util.function.Function;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;

/**
 * Page numbers as people and clients send them, made safe to query: negative ones mean
 * the first page, and none is so large that its row offset overflows what the database
 * driver accepts.
 */
public final class Paging {

	private Paging() {
	}

	public static PageRequest of(int page, int size) {
		return of(page, size, Sort.unsorted());
	}

	public static PageRequest of(int page, int size, Sort sort) {
		int largest = (Integer.MAX_VALUE - size) / size;
		return PageRequest.of(Math.min(Math.max(page, 0), largest), size, sort);
	}

	/**
	 * Runs the query for the requested page or, when a counted answer shows that it lies
	 * past the end of a non-empty result, for the last page (a second query only in that
	 * case).
	 */
	public static <T, S extends Slice<T>> S within(PageRequest request, Function<Pageable, S> query) {
		S page = query.apply(request);
		if (page instanceof Page<T> counted && counted.getTotalPages() > 0
				&& counted.getNumber() >= counted.getTotalPages()) {
			return query.apply(request.withPage(counted.getTotalPages() - 1));
		}
		return page;
	}

	/**
	 * Runs the query for the requested page or, when that page of an uncounted answer is
	 * empty but is not the first, for the first page: a page number past the end shows
	 * where the list begins.
	 */
	public static <T> Slice<T> orFirst(PageRequest request, Function<Pageable, Slice<T>> query) {
		Slice<T> page = query.apply(request);
		return (page.isEmpty() && page.hasPrevious()) ? query.apply(request.withPage(0)) : page;
	}

}
