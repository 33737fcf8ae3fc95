package io.paddock.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Starts two actions at the same moment on two threads and tells which of them succeeded.
 */
public final class Race {

	private Race() {
	}

	/**
	 * True for each action that returned, false for each that threw one of the refusals.
	 */
	@SafeVarargs
	public static List<Boolean> run(Callable<?> first, Callable<?> second, Class<? extends Exception>... refusals)
			throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Boolean>> futures = new ArrayList<>();
			for (Callable<?> action : List.of(first, second)) {
				futures.add(threads.submit(() -> {
					start.await();
					try {
						action.call();
						return true;
					}
					catch (Exception ex) {
						for (Class<? extends Exception> refusal : refusals) {
							if (refusal.isInstance(ex)) {
								return false;
							}
						}
						throw ex;
					}
				}));
			}
			start.countDown();
			List<Boolean> outcomes = new ArrayList<>();
			for (Future<Boolean> future : futures) {
				outcomes.add(future.get());
			}
			return outcomes;
		}
		finally {
			threads.shutdownNow();
		}
	}

}
