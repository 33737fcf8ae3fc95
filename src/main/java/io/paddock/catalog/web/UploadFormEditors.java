package io.paddock.catalog.web;

import java.beans.PropertyEditorSupport;
import java.util.Collection;
import java.util.stream.Collectors;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.StringMultipartFileEditor;

/**
 * How the upload form reads fields sent in unexpected shapes. A text field sent under the
 * file's name is no file, and neither are several files: the form then asks for one.
 * Files sent under the model name's field are read as text and joined as repeated text
 * fields are, and the name rules judge the result.
 */
final class UploadFormEditors {

	private UploadFormEditors() {
	}

	static void register(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new FilesAsTextEditor());
		binder.registerCustomEditor(MultipartFile.class, new OneFileEditor());
	}

	private static final class OneFileEditor extends PropertyEditorSupport {

		@Override
		public void setValue(Object value) {
			super.setValue((value instanceof MultipartFile) ? value : null);
		}

		@Override
		public void setAsText(String text) {
			setValue(null);
		}

	}

	private static final class FilesAsTextEditor extends PropertyEditorSupport {

		private final StringMultipartFileEditor fileAsText = new StringMultipartFileEditor();

		@Override
		public void setValue(Object value) {
			if (value instanceof Collection<?> files) {
				super.setValue(
						files.stream().map((file) -> String.valueOf(text(file))).collect(Collectors.joining(",")));
			}
			else {
				super.setValue(text(value));
			}
		}

		@Override
		public void setAsText(String text) {
			super.setValue(text);
		}

		private Object text(Object value) {
			this.fileAsText.setValue(value);
			return this.fileAsText.getValue();
		}

	}

}
