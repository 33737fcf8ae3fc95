package io.paddock.catalog;

/**
 * A catalog request the service refuses; {@link #field()} names the form field the
 * message belongs beside ({@code name}, {@code file}, {@code steps} or {@code model}).
 */
public class CatalogException extends RuntimeException {

	private final String field;

	CatalogException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}
