package io.paddock.catalog;

import java.nio.charset.StandardCharsets;

import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A stored model file to send to a member who downloads it.
 */
public record ModelFile(Resource content, String fileName, long size, String sha256) {

	/**
	 * The download answer, for the dashboard and the API alike: the file streamed from
	 * the store under its own name, with its SHA-256 as ETag and in
	 * {@code X-Content-SHA256}.
	 */
	public ResponseEntity<Resource> asDownload() {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.contentLength(this.size)
			.eTag(this.sha256)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(this.fileName, StandardCharsets.UTF_8).build().toString())
			.header("X-Content-SHA256", this.sha256)
			.body(this.content);
	}

}
