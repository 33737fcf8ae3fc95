package io.paddock.activity;

/**
 * What was done to a workspace, its members, models or pipelines.
 */
public enum ActivityAction {

	WORKSPACE_CREATED, WORKSPACE_ARCHIVED, WORKSPACE_RESTORED, MEMBER_INVITED, MEMBER_PROMOTED, MEMBER_DEMOTED,
	MEMBER_REMOVED, MEMBER_LEFT, MODEL_UPLOADED, MODEL_DELETED, PIPELINE_CREATED, PIPELINE_DELETED

}
