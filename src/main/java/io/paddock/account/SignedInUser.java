package io.paddock.account;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The security principal of a signed-in user; carries the {@link Actor} that services
 * need. It is serialized into the dashboard session in the database: the password hash is
 * erased after sign-in, so only the actor and the enabled flag are kept.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final Actor actor;

	private final boolean enabled;

	private String passwordHash;

	SignedInUser(User user) {
		this.actor = user.toActor();
		this.enabled = user.isEnabled();
		this.passwordHash = user.getPasswordHash();
	}

	public static SignedInUser of(User user) {
		return new SignedInUser(user);
	}

	/**
	 * The actor of the user signed in on this thread's request, if any.
	 */
	public static Optional<Actor> currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof SignedInUser user)
				? Optional.of(user.actor()) : Optional.empty();
	}

	public Actor actor() {
		return this.actor;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.actor.admin() ? "ROLE_ADMIN" : "ROLE_USER"));
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.actor.email();
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

}
