package io.paddock.api;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import io.paddock.account.Actor;
import io.paddock.api.Requests.PipelineRequest;
import io.paddock.catalog.CatalogService;
import io.paddock.catalog.ModelInfo;
import io.paddock.catalog.ModelVersionDetails;
import io.paddock.catalog.PipelineInfo;
import io.paddock.catalog.StepRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Models and pipelines of a workspace over HTTP.
 */
@RestController
@RequestMapping("/api/v1/workspaces/{id}")
class CatalogApiController {

	private final CatalogService catalog;

	CatalogApiController(CatalogService catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/models")
	List<ModelInfo> models(Actor actor, @PathVariable long id) {
		return this.catalog.models(actor, id);
	}

	/**
	 * Uploads a file as a new version of the named model (multipart fields {@code name}
	 * and {@code file}).
	 */
	@PostMapping(path = "/models", consumes = "multipart/form-data")
	ResponseEntity<ModelVersionJson> upload(Actor actor, @PathVariable long id, @RequestParam String name,
			@RequestParam MultipartFile file) throws IOException {
		ModelVersionDetails uploaded = this.catalog.upload(actor, id, name, file.getOriginalFilename(),
				file.getInputStream());
		return ResponseEntity.created(URI.create("/api/v1/workspaces/" + id + "/models"))
			.body(ModelVersionJson.of(uploaded));
	}

	@GetMapping("/pipelines")
	List<PipelineInfo> pipelines(Actor actor, @PathVariable long id) {
		return this.catalog.pipelines(actor, id);
	}

	/**
	 * Creates a pipeline: {@code {"name": "imdb-pipeline", "steps": [{"model":
	 * "embedder-o", "version": "latest"}]}}.
	 */
	@PostMapping("/pipelines")
	ResponseEntity<PipelineInfo> createPipeline(Actor actor, @PathVariable long id,
			@RequestBody PipelineRequest request) {
		List<StepRequest> steps = (request.steps() != null) ? request.steps() : List.of();
		PipelineInfo created = this.catalog.createPipeline(actor, id, request.name(), steps);
		return ResponseEntity.created(URI.create("/api/v1/workspaces/" + id + "/pipelines")).body(created);
	}

}
