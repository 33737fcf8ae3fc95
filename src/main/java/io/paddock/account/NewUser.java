package io.paddock.account;

/**
 * What it takes to open an account on this instance.
 *
 * @param password the initial password; when blank the user gets an activation link to
 * set their own
 */
public record NewUser(String email, String displayName, UserType type, String password) {

}
