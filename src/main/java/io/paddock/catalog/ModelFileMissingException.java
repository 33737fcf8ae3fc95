package io.paddock.catalog;

/**
 * A model version whose file is not in the store (or not whole): it cannot be downloaded.
 * The API answers 404; the dashboard shows the message on the model's page.
 */
public class ModelFileMissingException extends CatalogItemNotFoundException {

	ModelFileMissingException(String message) {
		super(message);
	}

}
