package io.paddock.catalog;

/**
 * Bad input: a name breaking the naming rules, an empty or oversize file, a step naming a
 * model the workspace does not hold (an API answers 400).
 */
public class InvalidCatalogInputException extends CatalogException {

	InvalidCatalogInputException(String field, String message) {
		super(field, message);
	}

}
