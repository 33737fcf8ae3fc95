package io.paddock.catalog;

import io.paddock.shared.NotFoundException;

/**
 * The model, model version or pipeline does not exist in the workspace (an API answers
 * 404). Items of other workspaces get the same answer.
 */
public class CatalogItemNotFoundException extends NotFoundException {

	CatalogItemNotFoundException(String message) {
		super(message);
	}

}
