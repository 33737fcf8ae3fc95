package io.paddock.shared;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.dialect.function.array.ArrayContainsArgumentTypeResolver;
import org.hibernate.type.StandardBasicTypes;

/**
 * HQL functions of Paddock's queries.
 * <p>
 * {@code array_has(:values, x)} is {@code x in :values} with the values bound as one
 * array, rendered {@code x = any(?)}: H2 and PostgreSQL both answer it from an index on
 * {@code x}. Hibernate translates a query with a list parameter anew on every execution,
 * as the list's length changes its SQL; an array keeps one statement and one cached
 * translation. The array comes first: Hibernate would accept a list in a function's last
 * argument, and then no longer cache the query.
 */
public class QueryFunctions implements FunctionContributor {

	@Override
	public void contributeFunctions(FunctionContributions contributions) {
		contributions.getFunctionRegistry()
			.patternDescriptorBuilder("array_has", "(?2 = any(?1))")
			.setExactArgumentCount(2)
			.setInvariantType(
					contributions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.BOOLEAN))
			.setArgumentTypeResolver(ArrayContainsArgumentTypeResolver.INSTANCE)
			.setArgumentListSignature("(ARRAY values, OBJECT element)")
			.register();
	}

}
