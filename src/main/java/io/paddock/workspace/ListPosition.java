package io.paddock.workspace;

/**
 * Where a page of the list by name lies, as the pager link that leads to it says: right
 * after the name {@code after} (Next) or right before the name {@code before} (Previous).
 * Either may be missing, as in an address typed by hand.
 */
public record ListPosition(String after, String before) {

	public static final ListPosition NONE = new ListPosition(null, null);

	/**
	 * The longest name a workspace can have (its column's length): a default workspace is
	 * named after its user's email, so not every name is DNS-compatible.
	 */
	private static final int LONGEST_NAME = 400;

	/**
	 * Whether the position names something a workspace could be called.
	 */
	boolean given() {
		String name = forward() ? this.after : this.before;
		return name != null && !name.isEmpty() && name.length() <= LONGEST_NAME;
	}

	boolean forward() {
		return this.after != null;
	}

}
