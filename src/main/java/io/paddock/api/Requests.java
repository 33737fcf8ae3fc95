package io.paddock.api;

/**
 * JSON request bodies of the API.
 */
final class Requests {

	private Requests() {
	}

	record NameRequest(String name) {

	}

	record EmailRequest(String email) {

	}

	record IdRequest(Long id) {

	}

}
