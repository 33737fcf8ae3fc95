package io.paddock.support;

import java.net.URI;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real S3 protocol server (S3Proxy over an in-memory blob store) on a random loopback
 * port, started once per test run, with the bucket {@value #BUCKET} and signed requests.
 */
public final class S3TestServer {

	public static final String BUCKET = "paddock-models";

	public static final String ACCESS_KEY = "paddock-test";

	public static final String SECRET_KEY = "paddock-test-secret";

	public static final String REGION = "us-east-1";

	private static final URI ENDPOINT = start();

	private static final S3Client CLIENT = client();

	private S3TestServer() {
	}

	public static URI endpoint() {
		return ENDPOINT;
	}

	/**
	 * A client of the server, for tests to look at (or damage) what the application
	 * stored.
	 */
	public static S3Client s3() {
		return CLIENT;
	}

	/**
	 * Points the application's model storage at this server.
	 */
	public static void register(DynamicPropertyRegistry registry) {
		registry.add("paddock.storage.type", () -> "s3");
		registry.add("paddock.storage.s3.bucket", () -> BUCKET);
		registry.add("paddock.storage.s3.endpoint", () -> ENDPOINT.toString());
		registry.add("paddock.storage.s3.region", () -> REGION);
		registry.add("paddock.storage.s3.path-style-access", () -> "true");
		registry.add("paddock.storage.s3.access-key", () -> ACCESS_KEY);
		registry.add("paddock.storage.s3.secret-key", () -> SECRET_KEY);
	}

	private static URI start() {
		BlobStoreContext blobs = ContextBuilder.newBuilder("transient")
			.credentials(ACCESS_KEY, SECRET_KEY)
			.buildView(BlobStoreContext.class);
		blobs.getBlobStore().createContainerInLocation(null, BUCKET);
		S3Proxy proxy = S3Proxy.builder()
			.blobStore(blobs.getBlobStore())
			.awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
			.endpoint(URI.create("http://127.0.0.1:0"))
			.build();
		try {
			proxy.start();
		}
		catch (Exception ex) {
			throw new IllegalStateException("S3Proxy did not start", ex);
		}
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				proxy.stop();
			}
			catch (Exception ex) {
				// the JVM is ending anyway
			}
		}));
		return URI.create("http://127.0.0.1:" + proxy.getPort());
	}

	private static S3Client client() {
		return S3Client.builder()
			.httpClientBuilder(UrlConnectionHttpClient.builder())
			.endpointOverride(ENDPOINT)
			.region(Region.of(REGION))
			.forcePathStyle(true)
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
			.build();
	}

}
