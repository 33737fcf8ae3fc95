package io.paddock.catalog.web;

import org.springframework.web.multipart.MultipartFile;

/**
 * The Upload form: a model name and its file.
 */
record ModelUploadForm(String name, MultipartFile file) {

	static ModelUploadForm empty() {
		return new ModelUploadForm("", null);
	}

	boolean hasFile() {
		return this.file != null && this.file.getOriginalFilename() != null
				&& !this.file.getOriginalFilename().isBlank();
	}

}
