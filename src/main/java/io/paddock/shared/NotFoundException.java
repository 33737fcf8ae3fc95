package io.paddock.shared;

/**
 * Something asked for does not exist, or the caller may not see it; both get the same
 * answer.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}
