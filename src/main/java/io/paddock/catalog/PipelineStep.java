package io.paddock.catalog;

import java.util.UUID;

import jakarta.persistence.Embeddable;

/**
 * One step of a pipeline: a model of the same workspace, its latest version when
 * {@code modelVersion} is empty, otherwise that pinned version.
 */
@Embeddable
public record PipelineStep(String modelName, UUID modelVersion) {

}
