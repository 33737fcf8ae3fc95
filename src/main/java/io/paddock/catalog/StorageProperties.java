package io.paddock.catalog;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where uploaded model files are kept, and how big one may be.
 *
 * @param dir the storage directory; files are kept as {@code <workspace id>/<version>}
 * @param maxUploadSize the largest model file accepted; also the multipart file limit
 */
@ConfigurationProperties("paddock.storage")
public record StorageProperties(@DefaultValue("./data/models") Path dir,
		@DefaultValue("512MB") DataSize maxUploadSize) {

}
