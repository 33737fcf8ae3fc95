package io.paddock.catalog;

import java.nio.file.Path;

/**
 * A stored model file to send to a member who downloads it.
 */
public record ModelFile(Path path, String fileName, long size, String sha256) {

}
