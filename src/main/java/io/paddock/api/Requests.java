package io.paddock.api;

import java.util.List;

import io.paddock.catalog.StepRequest;

/**
 * JSON request bodies of the API.
 */
final class Requests {

	private Requests() {
	}

	/**
	 * A body of the given request type, for messages that show what to send.
	 */
	static String exampleOf(Class<?> type) {
		if (type == NameRequest.class) {
			return "{\"name\": \"imdb-workspace\"}";
		}
		if (type == EmailRequest.class) {
			return "{\"email\": \"john@ex.co\"}";
		}
		if (type == IdRequest.class) {
			return "{\"id\": 4}";
		}
		if (type == ArchivedRequest.class) {
			return "{\"archived\": true}";
		}
		if (type == PipelineRequest.class) {
			return "{\"name\": \"imdb-pipeline\", \"steps\": [{\"model\": \"embedder-o\", \"version\": \"latest\"}]}";
		}
		return null;
	}

	record NameRequest(String name) {

	}

	record EmailRequest(String email) {

	}

	record IdRequest(Long id) {

	}

	record ArchivedRequest(Boolean archived) {

	}

	record PipelineRequest(String name, List<StepRequest> steps) {

	}

}
