package io.paddock.shared;

/**
 * What an action says afterwards, as a message key and its arguments; {@link Notices}
 * turns it into text.
 */
public record Notice(String key, Object... args) {

}
