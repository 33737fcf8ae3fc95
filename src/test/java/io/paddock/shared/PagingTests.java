package io.paddock.shared;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;

import static org.assertj.core.api.Assertions.assertThat;

class PagingTests {

	private static final List<Integer> FIFTY = IntStream.range(0, 50).boxed().toList();

	@Test
	void negativePageThenFirst() {
		assertThat(Paging.of(-3, 20).getPageNumber()).isZero();
	}

	@Test
	void hugePageThenOffsetStillFitsAnInt() {
		for (int size : new int[] { 1, 20, 25, 100 }) {
			long offset = Paging.of(Integer.MAX_VALUE, size).getOffset();
			assertThat(offset + size).isLessThanOrEqualTo(Integer.MAX_VALUE);
		}
	}

	@Test
	void pagePastTheEndThenLastPage() {
		Page<Integer> page = Paging.within(Paging.of(Integer.MAX_VALUE, 20), PagingTests::fifty);
		assertThat(page.getNumber()).isEqualTo(2);
		assertThat(page.getContent()).containsExactlyElementsOf(FIFTY.subList(40, 50));
	}

	@Test
	void pageInRangeThenThatPage() {
		assertThat(Paging.within(Paging.of(1, 20), PagingTests::fifty).getContent())
			.containsExactlyElementsOf(FIFTY.subList(20, 40));
	}

	@Test
	void emptyResultThenEmptyPage() {
		Page<Integer> page = Paging.within(Paging.of(5, 20),
				(pageable) -> new PageImpl<Integer>(List.of(), pageable, 0));
		assertThat(page.getContent()).isEmpty();
		assertThat(page.getTotalElements()).isZero();
	}

	@Test
	void uncountedPagePastTheEndThenFirstPage() {
		Slice<Integer> page = Paging.orFirst(Paging.of(7, 20), PagingTests::fiftyUncounted);
		assertThat(page.getNumber()).isZero();
		assertThat(page.getContent()).containsExactlyElementsOf(FIFTY.subList(0, 20));
		assertThat(page.hasNext()).isTrue();
	}

	@Test
	void uncountedPageInRangeThenThatPage() {
		Slice<Integer> page = Paging.orFirst(Paging.of(2, 20), PagingTests::fiftyUncounted);
		assertThat(page.getContent()).containsExactlyElementsOf(FIFTY.subList(40, 50));
		assertThat(page.hasNext()).isFalse();
	}

	@Test
	void uncountedEmptyResultThenEmptyFirstPage() {
		Slice<Integer> page = Paging.orFirst(Paging.of(3, 20),
				(pageable) -> new SliceImpl<Integer>(List.of(), pageable, false));
		assertThat(page.getNumber()).isZero();
		assertThat(page.getContent()).isEmpty();
	}

	private static Slice<Integer> fiftyUncounted(Pageable pageable) {
		Page<Integer> counted = fifty(pageable);
		return new SliceImpl<>(counted.getContent(), pageable, counted.hasNext());
	}

	private static Page<Integer> fifty(Pageable pageable) {
		int from = (int) Math.min(pageable.getOffset(), FIFTY.size());
		int to = Math.min(from + pageable.getPageSize(), FIFTY.size());
		return new PageImpl<>(FIFTY.subList(from, to), pageable, FIFTY.size());
	}

}
