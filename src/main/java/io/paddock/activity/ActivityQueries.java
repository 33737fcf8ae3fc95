package io.paddock.activity;

import java.util.List;

/**
 * Pages of activity, newest first, read by keyset so that every page costs the same.
 */
interface ActivityQueries {

	List<ActivityItem> page(ActivityFilter filter, long before, int limit);

}
