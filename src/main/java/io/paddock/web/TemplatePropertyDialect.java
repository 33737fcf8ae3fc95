package io.paddock.web;

import java.util.Set;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IPreProcessorDialect;
import org.thymeleaf.engine.AbstractTemplateHandler;
import org.thymeleaf.preprocessor.IPreProcessor;
import org.thymeleaf.preprocessor.PreProcessor;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.templatemode.TemplateMode;

import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.stereotype.Component;

/**
 * Puts the {@link TemplatePropertyAccessor} into the expression context of every page and
 * fragment the dashboard renders, ahead of Thymeleaf's reflective accessor. That accessor
 * makes a new reader for each property read and re-runs its checks every time
 * (spring-projects/spring-framework#36987): a fifth of the pipelines page's processor
 * time, which lists every model version.
 */
@Component
class TemplatePropertyDialect extends AbstractDialect implements IPreProcessorDialect {

	TemplatePropertyDialect() {
		super("paddock-template-properties");
	}

	@Override
	public int getDialectPreProcessorPrecedence() {
		return 0;
	}

	@Override
	public Set<IPreProcessor> getPreProcessors() {
		return Set.of(new PreProcessor(TemplateMode.HTML, AddAccessor.class, 0));
	}

	/** Adds the accessor once the rendering's context is known. */
	public static final class AddAccessor extends AbstractTemplateHandler {

		@Override
		public void setContext(ITemplateContext context) {
			super.setContext(context);
			Object evaluationContext = context
				.getVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME);
			if (evaluationContext instanceof StandardEvaluationContext standard
					&& !standard.getPropertyAccessors().contains(TemplatePropertyAccessor.INSTANCE)) {
				standard.addPropertyAccessor(TemplatePropertyAccessor.INSTANCE);
			}
		}

	}

}
