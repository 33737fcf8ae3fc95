package io.paddock.catalog;

/**
 * The request clashes with what the workspace holds: a pipeline name taken, a model still
 * used by a pipeline (an API answers 409).
 */
public class CatalogConflictException extends CatalogException {

	CatalogConflictException(String field, String message) {
		super(field, message);
	}

}
