package io.paddock.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Component;

/**
 * Formats values for pages, as {@code ${@display.time(...)}} in templates.
 */
@Component("display")
public class DisplayFormats {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
		.withZone(ZoneOffset.UTC);

	private static final String[] UNITS = { "B", "KB", "MB", "GB", "TB" };

	public String time(Instant instant) {
		return (instant != null) ? TIME.format(instant) : "";
	}

	/**
	 * The instant for a {@code datetime} attribute: HTML allows at most three digits of a
	 * second's fraction, so the database's microseconds are cut to milliseconds.
	 */
	public String iso(Instant instant) {
		return (instant != null) ? DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.MILLIS)) : "";
	}

	/**
	 * Whether a list knows its total: a {@link Page} does, a {@link Slice} knows only
	 * whether another page follows.
	 */
	public boolean counted(Slice<?> list) {
		return list instanceof Page<?>;
	}

	public String bytes(long size) {
		double value = size;
		int unit = 0;
		while (value >= 1024 && unit < UNITS.length - 1) {
			value /= 1024;
			unit++;
		}
		return (unit == 0) ? size + " B" : String.format("%.1f %s", value, UNITS[unit]);
	}

}
