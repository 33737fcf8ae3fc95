package io.paddock.workspace;

/**
 * How many models and pipelines a workspace holds.
 */
public record ContentCounts(long models, long pipelines) {

	public static final ContentCounts NONE = new ContentCounts(0, 0);

}
