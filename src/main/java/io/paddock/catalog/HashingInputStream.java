package io.paddock.catalog;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Computes the SHA-256 of the content while it is read, and refuses content longer or
 * shorter than announced. Mark and reset are not supported, so every byte is hashed
 * exactly once.
 */
class HashingInputStream extends FilterInputStream {

	private final MessageDigest sha256;

	private final long expectedSize;

	private long size;

	HashingInputStream(InputStream content, long expectedSize) {
		super(content);
		this.expectedSize = expectedSize;
		try {
			this.sha256 = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public int read() throws IOException {
		byte[] one = new byte[1];
		return (read(one, 0, 1) == -1) ? -1 : (one[0] & 0xff);
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int read = super.read(buffer, offset, length);
		if (read == -1) {
			if (this.size < this.expectedSize) {
				throw new IOException(
						"The content ended after " + this.size + " of " + this.expectedSize + " announced bytes");
			}
			return -1;
		}
		this.size += read;
		if (this.size > this.expectedSize) {
			throw new IOException("The content is longer than the " + this.expectedSize + " announced bytes");
		}
		this.sha256.update(buffer, offset, read);
		return read;
	}

	@Override
	public long skip(long n) throws IOException {
		throw new IOException("Skipping would leave bytes out of the checksum");
	}

	@Override
	public boolean markSupported() {
		return false;
	}

	@Override
	public synchronized void mark(int readLimit) {
	}

	@Override
	public synchronized void reset() throws IOException {
		throw new IOException("Reset is not supported");
	}

	/**
	 * The SHA-256 of the content, once it has been read to its end.
	 * @throws IOException when the content was not read to its end
	 */
	String sha256() throws IOException {
		if (this.size != this.expectedSize || read() != -1) {
			throw new IOException("The content was not read to its end");
		}
		return HexFormat.of().formatHex(this.sha256.digest());
	}

}
