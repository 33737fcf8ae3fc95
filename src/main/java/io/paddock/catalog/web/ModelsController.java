package io.paddock.catalog.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;

import io.paddock.account.Actor;
import io.paddock.catalog.CatalogException;
import io.paddock.catalog.ModelDetails;
import io.paddock.catalog.ModelFileMissingException;
import io.paddock.catalog.ModelService;
import io.paddock.catalog.ModelVersionDetails;
import io.paddock.shared.ActionResult;
import io.paddock.shared.Notice;
import io.paddock.shared.Notices;
import io.paddock.shared.Paging;
import io.paddock.workspace.WorkspaceAccess.Action;
import io.paddock.workspace.WorkspaceAccess;
import io.paddock.workspace.WorkspaceService;

import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Models page of a workspace (latest versions, upload), one model's version history,
 * downloads and removal.
 */
@Controller
@RequestMapping("/workspaces/{id}/models")
class ModelsController {

	private static final int PAGE_SIZE = 20;

	private final ModelService models;

	private final WorkspaceService workspaces;

	private final Notices notices;

	ModelsController(ModelService models, WorkspaceService workspaces, Notices notices) {
		this.models = models;
		this.workspaces = workspaces;
		this.notices = notices;
	}

	@GetMapping
	String list(Actor actor, @PathVariable long id, @RequestParam(required = false) String problem,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("form", ModelUploadForm.empty());
		if (UploadLimitFilter.TOO_LARGE.equals(problem)) {
			this.notices.refused("models.upload.tooLarge", this.models.maxUploadSize().toMegabytes()).addTo(model, "");
		}
		return listPage(actor, id, page, model);
	}

	@InitBinder("form")
	void uploadFormEditors(WebDataBinder binder) {
		UploadFormEditors.register(binder);
	}

	@PostMapping
	String upload(Actor actor, @PathVariable long id, @ModelAttribute("form") ModelUploadForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!form.hasFile()) {
			result.rejectValue("file", "models.upload.file.required");
		}
		else {
			try (InputStream content = form.file().getInputStream()) {
				ModelVersionDetails uploaded = this.models.upload(actor, id, form.name(),
						form.file().getOriginalFilename(), form.file().getSize(), content);
				this.notices.done("models.upload.done", uploaded.fileName(), uploaded.name(), uploaded.version())
					.flash(redirect, "");
				return "redirect:/workspaces/{id}/models";
			}
			catch (CatalogException ex) {
				result.rejectValue(ex.field(), "invalid", ex.getMessage());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return listPage(actor, id, 0, model);
	}

	@GetMapping("/{name}")
	String show(Actor actor, @PathVariable long id, @PathVariable String name, Model model) {
		model.addAttribute("workspace", this.workspaces.requireVisible(actor, id));
		var versions = this.models.history(actor, id, name);
		model.addAttribute("name", versions.get(0).name());
		model.addAttribute("versions", versions);
		model.addAttribute("maxUploadSize", this.models.maxUploadSize().toMegabytes());
		return "models/show";
	}

	/**
	 * The file, or back to the model's page with a message when it is missing from
	 * storage.
	 */
	@GetMapping("/{name}/versions/{version}/file")
	Object download(Actor actor, @PathVariable long id, @PathVariable String name, @PathVariable UUID version,
			RedirectAttributes redirect) {
		try {
			return this.models.file(actor, id, name, version).asDownload();
		}
		catch (ModelFileMissingException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
			redirect.addAttribute("name", name);
			return "redirect:/workspaces/{id}/models/{name}";
		}
	}

	@PostMapping("/{name}/remove")
	String remove(Actor actor, @PathVariable long id, @PathVariable String name, RedirectAttributes redirect) {
		ActionResult removed = this.notices.run(CatalogException.class, () -> {
			this.models.removeModel(actor, id, name);
			return new Notice("models.remove.done", name);
		});
		removed.flash(redirect, "");
		if (removed.succeeded()) {
			return "redirect:/workspaces/{id}/models";
		}
		redirect.addAttribute("name", name);
		return "redirect:/workspaces/{id}/models/{name}";
	}

	private String listPage(Actor actor, long id, int page, Model model) {
		WorkspaceAccess access = this.workspaces.access(actor, id);
		model.addAttribute("workspace", access.require(Action.SEE));
		model.addAttribute("allowed", access.allowedActions());
		Slice<ModelDetails> shown = Paging.orFirst(Paging.of(page, PAGE_SIZE),
				(request) -> this.models.latestModels(actor, id, request));
		model.addAttribute("models", shown);
		model.addAttribute("maxUploadSize", this.models.maxUploadSize().toMegabytes());
		return "models/list";
	}

}
