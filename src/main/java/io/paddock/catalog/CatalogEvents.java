package io.paddock.catalog;

import java.util.UUID;

/**
 * What happened to a workspace's models and pipelines; published inside the transaction
 * that made the change.
 */
public final class CatalogEvents {

	private CatalogEvents() {
	}

	/**
	 * A new version of a model was uploaded (the model's first one creates it).
	 */
	public record ModelVersionUploaded(long workspaceId, String workspaceName, String modelName, UUID version,
			String fileName, long size, UUID uploadedBy) {

	}

	/**
	 * A model was deleted with all of its versions.
	 */
	public record ModelRemoved(long workspaceId, String workspaceName, String modelName, int versions, UUID removedBy) {

	}

	/**
	 * A pipeline was created.
	 */
	public record PipelineCreated(long workspaceId, String workspaceName, String pipelineName, int steps,
			UUID createdBy) {

	}

	/**
	 * A pipeline was deleted.
	 */
	public record PipelineDeleted(long workspaceId, String workspaceName, String pipelineName, UUID deletedBy) {

	}

}
