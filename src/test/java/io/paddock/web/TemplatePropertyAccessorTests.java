package io.paddock.web;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import org.springframework.context.support.StaticApplicationContext;
import org.springframework.expression.Expression;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;

import static org.assertj.core.api.Assertions.assertThat;

class TemplatePropertyAccessorTests {

	private final TemplatePropertyAccessor accessor = TemplatePropertyAccessor.INSTANCE;

	@Test
	void pageReadsRecordsBeansAndBooleansThroughTheAccessorAheadOfThymeleafs() {
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(new StringTemplateResolver());
		engine.addDialect(new TemplatePropertyDialect());
		ThymeleafEvaluationContext evaluation = new ThymeleafEvaluationContext(new StaticApplicationContext(), null);
		Context context = new Context();
		context.setVariables(Map.of(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				evaluation, "row", new Row("team-a", 3), "bean", new Bean("team-b", true)));

		String html = engine.process("""
				<p th:text="${row.name} + '/' + ${row.members}"></p>\
				<p th:text="${bean.name} + '/' + ${bean.active}"></p>""", context);

		assertThat(html).isEqualTo("<p>team-a/3</p><p>team-b/true</p>");
		int ours = evaluation.getPropertyAccessors().indexOf(this.accessor);
		assertThat(ours).isNotNegative().isLessThan(evaluation.getPropertyAccessors().size() - 1);
	}

	@Test
	void expressionServingTwoTypesReadsEachOfThem() {
		StandardEvaluationContext context = new StandardEvaluationContext();
		context.addPropertyAccessor(this.accessor);
		Expression name = new SpelExpressionParser().parseExpression("name");

		assertThat(name.getValue(context, new Row("team-a", 3))).isEqualTo("team-a");
		assertThat(name.getValue(context, new Bean("team-b", false))).isEqualTo("team-b");
		assertThat(name.getValue(context, new Row("team-c", 1))).isEqualTo("team-c");
	}

	@Test
	void leavesForeignTypesAndObjectsMembersToThymeleaf() {
		assertThat(this.accessor.canRead(null, "text", "bytes")).isFalse();
		assertThat(this.accessor.canRead(null, new Row("team-a", 3), "class")).isFalse();
		assertThat(this.accessor.canRead(null, new Row("team-a", 3), "hashCode")).isFalse();
		assertThat(this.accessor.canRead(null, new Row("team-a", 3), "missing")).isFalse();
		assertThat(this.accessor.canRead(null, null, "name")).isFalse();
		assertThat(this.accessor.canRead(null, new Bean("team-b", true), "name")).isTrue();
	}

	@Test
	void isPrefixServesBooleansOnly() {
		assertThat(this.accessor.canRead(null, new Bean("team-b", true), "label")).isFalse();
		assertThat(this.accessor.canWrite(null, new Bean("team-b", true), "name")).isFalse();
	}

	record Row(String name, int members) {
	}

	public static final class Bean {

		private final String name;

		private final boolean active;

		Bean(String name, boolean active) {
			this.name = name;
			this.active = active;
		}

		public String getName() {
			return this.name;
		}

		public boolean isActive() {
			return this.active;
		}

		public String isLabel() {
			return this.name;
		}

	}

}
