package io.paddock.activity;

import java.util.List;

/**
 * One page of activity, newest first; {@code next} is the {@code before} value of the
 * following page, {@code null} on the last one.
 */
public record ActivityPage(List<ActivityItem> items, Long next) {

}
