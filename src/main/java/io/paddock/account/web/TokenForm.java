package io.paddock.account.web;

import org.springframework.util.StringUtils;

/**
 * The New token form: the token's name, which says where it is used.
 */
record TokenForm(String name) {

	static final int MAX_NAME = 100;

	TokenForm {
		name = (name != null) ? name : "";
	}

	static TokenForm empty() {
		return new TokenForm(null);
	}

	boolean nameFits() {
		return StringUtils.hasText(this.name) && this.name.strip().length() <= MAX_NAME;
	}

}
