package io.paddock.workspace;

import io.paddock.account.User;

/**
 * The signed-in user as one request sees them, with the workspace they currently work in.
 */
public record Viewer(User user, Workspace currentWorkspace) {

}
