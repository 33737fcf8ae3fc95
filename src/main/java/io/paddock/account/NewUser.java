package io.paddock.account;

/**
 * What it takes to open an account on this instance.
 */
public record NewUser(String email, String displayName, UserType type, String password) {

}
