package io.paddock.account;

/**
 * The two kinds of instance users: admins see every workspace, users see the ones they
 * belong to.
 */
public enum UserType {

	ADMIN, USER

}
