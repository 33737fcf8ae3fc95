package io.paddock.api;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.paddock.account.Actor;
import io.paddock.api.Requests.PipelineRequest;
import io.paddock.catalog.ModelInfo;
import io.paddock.catalog.ModelService;
import io.paddock.catalog.ModelVersionDetails;
import io.paddock.catalog.PipelineInfo;
import io.paddock.catalog.PipelineService;
import io.paddock.catalog.StepRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.core.io.Resource;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
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

	private final ModelService models;

	private final PipelineService pipelines;

	CatalogApiController(ModelService models, PipelineService pipelines) {
		this.models = models;
		this.pipelines = pipelines;
	}

	@ApiResponse(responseCode = "200", description = "OK")
	@GetMapping("/models")
	List<ModelInfo> models(Actor actor, @PathVariable long id) {
		return this.models.models(actor, id);
	}

	/**
	 * Uploads a file as a new version of the named model (multipart fields {@code name}
	 * and {@code file}).
	 */
	@Operation(
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = "multipart/form-data", schemaProperties = {
							@SchemaProperty(name = "name", schema = @Schema(type = "string", example = "embedder-o")),
							@SchemaProperty(name = "file", schema = @Schema(type = "string", format = "binary")) })))
	@ApiResponse(responseCode = "201", description = "Stored as a new version of the model")
	@ApiResponse(responseCode = "409", description = "The workspace is archived",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "413", description = "The file is over the upload limit; nothing was stored",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@PostMapping(path = "/models", consumes = "multipart/form-data")
	ResponseEntity<ModelVersionJson> upload(Actor actor, @PathVariable long id,
			@Parameter(hidden = true) @RequestParam String name,
			@Parameter(hidden = true) @RequestParam MultipartFile file) throws IOException {
		ModelVersionDetails uploaded = this.models.upload(actor, id, name, file.getOriginalFilename(), file.getSize(),
				file.getInputStream());
		return ResponseEntity.created(URI.create("/api/v1/workspaces/" + id + "/models/" + uploaded.name()))
			.body(ModelVersionJson.of(uploaded));
	}

	/**
	 * Every version of one model, newest first, as the model's page lists them.
	 */
	@ApiResponse(responseCode = "200", description = "The versions, newest first")
	@GetMapping("/models/{name}")
	List<ModelVersionJson> history(Actor actor, @PathVariable long id, @PathVariable String name) {
		return this.models.history(actor, id, name).stream().map(ModelVersionJson::of).toList();
	}

	/**
	 * The stored file of one version, streamed with its file name; its SHA-256 is in the
	 * {@code ETag} and {@code X-Content-SHA256} headers.
	 */
	@ApiResponse(responseCode = "200", description = "The file",
			content = @Content(mediaType = "application/octet-stream",
					schema = @Schema(type = "string", format = "binary")))
	@ApiResponse(responseCode = "404",
			description = "No such model or version, or its file is missing from storage; the detail says which",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@GetMapping("/models/{name}/versions/{version}/file")
	ResponseEntity<Resource> download(Actor actor, @PathVariable long id, @PathVariable String name,
			@PathVariable UUID version) {
		return this.models.file(actor, id, name, version).asDownload();
	}

	/**
	 * Removes every version of the model and their files.
	 */
	@ApiResponse(responseCode = "204", description = "Removed")
	@ApiResponse(responseCode = "409", description = "A pipeline uses the model; the detail names it",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@DeleteMapping("/models/{name}")
	ResponseEntity<Void> removeModel(Actor actor, @PathVariable long id, @PathVariable String name) {
		this.models.removeModel(actor, id, name);
		return ResponseEntity.noContent().build();
	}

	@ApiResponse(responseCode = "200", description = "OK")
	@GetMapping("/pipelines")
	List<PipelineInfo> pipelines(Actor actor, @PathVariable long id) {
		return this.pipelines.pipelines(actor, id);
	}

	/**
	 * Creates a pipeline: {@code {"name": "imdb-pipeline", "steps": [{"model":
	 * "embedder-o", "version": "latest"}]}}.
	 */
	@ApiResponse(responseCode = "201", description = "Created")
	@ApiResponse(responseCode = "409", description = "The name is taken, or the workspace is archived",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@PostMapping("/pipelines")
	ResponseEntity<PipelineInfo> createPipeline(Actor actor, @PathVariable long id,
			@RequestBody PipelineRequest request) {
		List<StepRequest> steps = (request.steps() != null) ? request.steps() : List.of();
		PipelineInfo created = this.pipelines.createPipeline(actor, id, request.name(), steps);
		return ResponseEntity.created(URI.create("/api/v1/workspaces/" + id + "/pipelines")).body(created);
	}

	@ApiResponse(responseCode = "204", description = "Deleted")
	@DeleteMapping("/pipelines/{name}")
	ResponseEntity<Void> deletePipeline(Actor actor, @PathVariable long id, @PathVariable String name) {
		this.pipelines.deletePipeline(actor, id, name);
		return ResponseEntity.noContent().build();
	}

}
