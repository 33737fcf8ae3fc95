package io.paddock.web;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.paddock.PaddockApplication;

import org.springframework.core.MethodParameter;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.expression.AccessException;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.PropertyAccessor;
import org.springframework.expression.TypedValue;
import org.springframework.util.ReflectionUtils;
import org.springframework.util.StringUtils;

/**
 * Reads the properties of Paddock's own types in templates: {@code getX()}, then
 * {@code isX()} for booleans, then a record's {@code x()}, the order Spring's reflective
 * accessor uses. Each template expression keeps the accessor that served it, and this one
 * is found again on the next read, so a property read costs one lookup. Types outside the
 * application, members declared outside it and {@link Object}'s methods are left to
 * Thymeleaf's own accessor and its restrictions.
 */
final class TemplatePropertyAccessor implements PropertyAccessor {

	static final TemplatePropertyAccessor INSTANCE = new TemplatePropertyAccessor();

	private static final String APPLICATION_PACKAGE = PaddockApplication.class.getPackageName() + ".";

	private final ClassValue<Map<String, Optional<Getter>>> getters = new ClassValue<>() {
		@Override
		protected Map<String, Optional<Getter>> computeValue(Class<?> type) {
			return new ConcurrentHashMap<>();
		}
	};

	private TemplatePropertyAccessor() {
	}

	@Override
	public Class<?>[] getSpecificTargetClasses() {
		return null;
	}

	@Override
	public boolean canRead(EvaluationContext context, Object target, String name) {
		return getter(target, name) != null;
	}

	@Override
	public TypedValue read(EvaluationContext context, Object target, String name) throws AccessException {
		Getter getter = getter(target, name);
		if (getter == null) {
			throw new AccessException("No property '" + name + "' to read here");
		}
		Object value = ReflectionUtils.invokeMethod(getter.method(), target);
		return new TypedValue(value, getter.type().narrow(value));
	}

	@Override
	public boolean canWrite(EvaluationContext context, Object target, String name) {
		return false;
	}

	@Override
	public void write(EvaluationContext context, Object target, String name, Object newValue) throws AccessException {
		throw new AccessException("Templates do not write properties");
	}

	private Getter getter(Object target, String name) {
		if (target == null || !isApplicationType(target.getClass())) {
			return null;
		}
		return this.getters.get(target.getClass())
			.computeIfAbsent(name, (property) -> findGetter(target.getClass(), property))
			.orElse(null);
	}

	private static Optional<Getter> findGetter(Class<?> type, String name) {
		String suffix = StringUtils.capitalize(name);
		Method method = publicMethod(type, "get" + suffix);
		if (method == null) {
			method = publicMethod(type, "is" + suffix);
			if (method != null && method.getReturnType() != boolean.class && method.getReturnType() != Boolean.class) {
				method = null;
			}
		}
		if (method == null) {
			method = publicMethod(type, name);
		}
		if (method == null || method.getReturnType() == void.class) {
			return Optional.empty();
		}
		ReflectionUtils.makeAccessible(method);
		return Optional.of(new Getter(method, new TypeDescriptor(new MethodParameter(method, -1))));
	}

	private static Method publicMethod(Class<?> type, String name) {
		try {
			Method method = type.getMethod(name);
			boolean own = isApplicationType(method.getDeclaringClass()) && !ReflectionUtils.isObjectMethod(method);
			return (own && !Modifier.isStatic(method.getModifiers())) ? method : null;
		}
		catch (NoSuchMethodException ex) {
			return null;
		}
	}

	private static boolean isApplicationType(Class<?> type) {
		return type.getName().startsWith(APPLICATION_PACKAGE);
	}

	private record Getter(Method method, TypeDescriptor type) {
	}

}
