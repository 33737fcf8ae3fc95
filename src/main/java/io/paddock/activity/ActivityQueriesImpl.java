package io.paddock.activity;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * Builds the query for the filters given, so that each combination is one plain statement
 * that its index answers (no "or :x is null" that hides the index from the planner). It
 * orders by the index's columns: those compared for equality are constant, so the order
 * is still newest first, and both H2 and PostgreSQL then read the index in that order
 * instead of sorting. The actor's email and name come in the same statement.
 */
class ActivityQueriesImpl implements ActivityQueries {

	private final EntityManager entityManager;

	ActivityQueriesImpl(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public List<ActivityItem> page(ActivityFilter filter, long before, int limit) {
		StringBuilder jpql = new StringBuilder(
				"""
						select new io.paddock.activity.ActivityItem(e.id, e.occurredAt, e.workspaceId, e.workspaceName,
						  e.actorId, coalesce(u.email, ''), coalesce(u.displayName, ''), e.action, e.subject, e.details, e.source)
						from ActivityEntry e left join User u on u.id = e.actorId
						where e.id < :before""");
		List<String> order = new ArrayList<>();
		if (filter.workspaceId() != null) {
			jpql.append(" and e.workspaceId = :workspaceId");
			order.add("e.workspaceId");
		}
		if (filter.action() != null) {
			jpql.append(" and e.action = :action");
			order.add("e.action");
		}
		if (filter.actorId() != null) {
			jpql.append(" and e.actorId = :actorId");
			if (filter.action() == null) {
				order.add("e.actorId");
			}
		}
		order.add("e.id desc");
		jpql.append(" order by ").append(String.join(", ", order));
		TypedQuery<ActivityItem> query = this.entityManager.createQuery(jpql.toString(), ActivityItem.class)
			.setParameter("before", before)
			.setMaxResults(limit);
		if (filter.workspaceId() != null) {
			query.setParameter("workspaceId", filter.workspaceId());
		}
		if (filter.action() != null) {
			query.setParameter("action", filter.action());
		}
		if (filter.actorId() != null) {
			query.setParameter("actorId", filter.actorId());
		}
		return query.getResultList();
	}

}
