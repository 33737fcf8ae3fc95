package io.paddock.catalog.web;

/**
 * One option of a step's model list: {@code value} as the form sends it, {@code label} as
 * the user reads it.
 */
record StepChoice(String value, String label) {

}
