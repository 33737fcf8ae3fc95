package io.paddock.catalog.web;

import java.util.ArrayList;
import java.util.List;

import io.paddock.account.Actor;
import io.paddock.catalog.CatalogException;
import io.paddock.catalog.ModelService;
import io.paddock.catalog.PipelineDetails;
import io.paddock.catalog.PipelineService;
import io.paddock.catalog.StepChoices;
import io.paddock.shared.Notices;
import io.paddock.shared.Paging;
import io.paddock.workspace.WorkspaceAccess.Action;
import io.paddock.workspace.WorkspaceAccess;
import io.paddock.workspace.WorkspaceService;

import org.springframework.data.domain.Slice;
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
 * Pipeline form and deleting. Each step row picks a model, then its latest or a pinned
 * version; the version list follows the model through htmx. Without JavaScript the form
 * still works: Add another step re-renders it with one more row and with the versions of
 * the models chosen so far.
 */
@Controller
@RequestMapping("/workspaces/{id}/pipelines")
class PipelinesController {

	private static final int PAGE_SIZE = 20;

	private final PipelineService pipelines;

	private final ModelService models;

	private final WorkspaceService workspaces;

	private final Notices notices;

	PipelinesController(PipelineService pipelines, ModelService models, WorkspaceService workspaces, Notices notices) {
		this.pipelines = pipelines;
		this.models = models;
		this.workspaces = workspaces;
		this.notices = notices;
	}

	@GetMapping
	String list(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
		return listPage(actor, id, page, PipelineForm.empty(), PipelineForm.INITIAL_STEPS, model);
	}

	@PostMapping(params = "addStep")
	String addStep(Actor actor, @PathVariable long id, @ModelAttribute("form") PipelineForm form, Model model) {
		return listPage(actor, id, 0, form, Math.max(form.submittedRows() + 1, PipelineForm.INITIAL_STEPS), model);
	}

	@PostMapping
	String create(Actor actor, @PathVariable long id, @ModelAttribute("form") PipelineForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		try {
			this.pipelines.createPipeline(actor, id, form.name(), form.toSteps());
			this.notices.done("pipelines.create.done", form.name()).flash(redirect, "");
			return "redirect:/workspaces/{id}/pipelines";
		}
		catch (CatalogException ex) {
			result.rejectValue(ex.field(), "invalid", ex.getMessage());
		}
		return listPage(actor, id, 0, form, Math.max(form.submittedRows(), PipelineForm.INITIAL_STEPS), model);
	}

	@PostMapping("/{name}/delete")
	String delete(Actor actor, @PathVariable long id, @PathVariable String name, RedirectAttributes redirect) {
		this.pipelines.deletePipeline(actor, id, name);
		this.notices.done("pipelines.delete.done", name).flash(redirect, "");
		return "redirect:/workspaces/{id}/pipelines";
	}

	/**
	 * The version list of one step row for the chosen model, swapped in when the model
	 * changes.
	 */
	@GetMapping("/versions")
	String versions(Actor actor, @PathVariable long id, @RequestParam int step,
			@RequestParam(name = "steps", defaultValue = "") String chosen, Model model) {
		PipelineForm.Step row = new PipelineForm.Step(chosen, "");
		model.addAttribute("row", StepRow.of(step, row, stepChoices(actor, id, List.of(row))));
		return "pipelines/list :: version-select";
	}

	private String listPage(Actor actor, long id, int page, PipelineForm form, int rows, Model model) {
		WorkspaceAccess access = this.workspaces.access(actor, id);
		model.addAttribute("workspace", access.require(Action.SEE));
		model.addAttribute("allowed", access.allowedActions());
		model.addAttribute("form", form);
		List<PipelineForm.Step> steps = form.rows(rows);
		StepChoices choices = stepChoices(actor, id, steps);
		List<StepRow> stepRows = new ArrayList<>();
		for (PipelineForm.Step step : steps) {
			stepRows.add(StepRow.of(stepRows.size() + 1, step, choices));
		}
		model.addAttribute("modelNames", choices.models());
		model.addAttribute("rows", stepRows);
		Slice<PipelineDetails> shown = Paging.orFirst(Paging.of(page, PAGE_SIZE),
				(request) -> this.pipelines.pipelineDetails(actor, id, request));
		model.addAttribute("pipelines", shown);
		return "pipelines/list";
	}

	private StepChoices stepChoices(Actor actor, long id, List<PipelineForm.Step> steps) {
		return this.models.stepChoices(actor, id,
				steps.stream().map(PipelineForm.Step::model).filter((m) -> !m.isBlank()).toList());
	}

}
