package io.paddock.catalog;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

import org.springframework.core.io.AbstractResource;

/**
 * A file of the model file store, opened only when its content is written to the
 * response. Its presence is checked before (see {@link ModelService#file}); should it
 * vanish in between, the failure is not a {@link FileNotFoundException}, which Spring's
 * resource writer would silently turn into an empty body under a full Content-Length.
 */
class StoredFileResource extends AbstractResource {

	private final ModelFileStore files;

	private final long workspaceId;

	private final UUID version;

	private final long size;

	StoredFileResource(ModelFileStore files, long workspaceId, UUID version, long size) {
		this.files = files;
		this.workspaceId = workspaceId;
		this.version = version;
		this.size = size;
	}

	@Override
	public InputStream getInputStream() throws IOException {
		try {
			return this.files.open(this.workspaceId, this.version);
		}
		catch (FileNotFoundException ex) {
			throw new IOException("The file of model version " + this.version + " vanished from "
					+ this.files.location() + " before it was sent", ex);
		}
	}

	@Override
	public boolean exists() {
		return true;
	}

	@Override
	public long contentLength() {
		return this.size;
	}

	@Override
	public String getDescription() {
		return "model file " + ModelFileStore.StoredFile.keyOf(this.workspaceId, this.version) + " in "
				+ this.files.location();
	}

}
