package io.paddock.catalog.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.paddock.account.Actor;
import io.paddock.catalog.CatalogException;
import io.paddock.catalog.ModelService;
import io.paddock.catalog.ModelVersionDetails;
import io.paddock.catalog.PipelineService;
import io.paddock.workspace.WorkspaceAccess;
import io.paddock.workspace.WorkspaceAccess.Action;
import io.paddock.workspace.WorkspaceService;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Pipelines page of a workspace: the pipelines with their definitions, the Create
 * Pipeline form (its Add step button re-renders the form with one more row, so it works
 * without JavaScript) and deleting.
 */
@Controller
@RequestMapping("/workspaces/{id}/pipelines")
class PipelinesController {

	private final PipelineService pipelines;

	private final ModelService models;

	private final WorkspaceService workspaces;

	private final MessageSource messages;

	PipelinesController(PipelineService pipelines, ModelService models, WorkspaceService workspaces,
			MessageSource messages) {
		this.pipelines = pipelines;
		this.models = models;
		this.workspaces = workspaces;
		this.messages = messages;
	}

	@GetMapping
	String list(Actor actor, @PathVariable long id, Model model) {
		return listPage(actor, id, PipelineForm.empty(), PipelineForm.INITIAL_STEPS, model);
	}

	@PostMapping(params = "addStep")
	String addStep(Actor actor, @PathVariable long id, @ModelAttribute("form") PipelineForm form, Model model) {
		return listPage(actor, id, form, Math.max(form.submittedRows() + 1, PipelineForm.INITIAL_STEPS), model);
	}

	@PostMapping
	String create(Actor actor, @PathVariable long id, @ModelAttribute("form") PipelineForm form, BindingResult result,
			Model model, RedirectAttributes redirect, Locale locale) {
		try {
			this.pipelines.createPipeline(actor, id, form.name(), form.toSteps());
			redirect.addFlashAttribute("notice",
					this.messages.getMessage("pipelines.create.done", new Object[] { form.name() }, locale));
			return "redirect:/workspaces/{id}/pipelines";
		}
		catch (CatalogException ex) {
			result.rejectValue(ex.field(), "invalid", ex.getMessage());
		}
		return listPage(actor, id, form, Math.max(form.submittedRows(), PipelineForm.INITIAL_STEPS), model);
	}

	@PostMapping("/{name}/delete")
	String delete(Actor actor, @PathVariable long id, @PathVariable String name, RedirectAttributes redirect,
			Locale locale) {
		this.pipelines.deletePipeline(actor, id, name);
		redirect.addFlashAttribute("notice",
				this.messages.getMessage("pipelines.delete.done", new Object[] { name }, locale));
		return "redirect:/workspaces/{id}/pipelines";
	}

	private String listPage(Actor actor, long id, PipelineForm form, int rows, Model model) {
		WorkspaceAccess access = this.workspaces.access(actor, id);
		model.addAttribute("workspace", access.require(Action.SEE));
		model.addAttribute("allowed", access.allowedActions());
		model.addAttribute("form", form);
		model.addAttribute("rows", form.rows(rows));
		model.addAttribute("choices", choices(this.models.allVersions(actor, id), LocaleContextHolder.getLocale()));
		model.addAttribute("pipelines", this.pipelines.pipelineDetails(actor, id));
		return "pipelines/list";
	}

	private List<StepChoice> choices(List<ModelVersionDetails> versions, Locale locale) {
		List<StepChoice> choices = new ArrayList<>();
		String previous = null;
		for (ModelVersionDetails version : versions) {
			if (!version.name().equalsIgnoreCase(String.valueOf(previous))) {
				choices.add(new StepChoice(version.name(),
						this.messages.getMessage("pipelines.step.latest", new Object[] { version.name() }, locale)));
				previous = version.name();
			}
			choices.add(
					new StepChoice(previous + "@" + version.version(), this.messages.getMessage("pipelines.step.pinned",
							new Object[] { previous, version.version(), version.fileName() }, locale)));
		}
		return choices;
	}

}
