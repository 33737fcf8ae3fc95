package io.paddock.catalog;

/**
 * A model: its latest version and how many versions it has.
 */
public record ModelDetails(ModelVersionDetails latest, long versions) {

	public String name() {
		return this.latest.name();
	}

}
