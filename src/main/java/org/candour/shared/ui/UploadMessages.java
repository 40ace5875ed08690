package org.candour.shared.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.function.Consumer;

/**
 * One clear message for a file the upload refuses in the browser, in the same words the server uses when it refuses
 * one: "“big-scan.png” is larger than 10 MB", never the component's default "File is Too Big.". The browser
 * checks size and type before sending anything; its message names the limit, and the rejection listener adds the
 * file name.
 */
public final class UploadMessages {

    private UploadMessages() {
    }

    /**
     * @param sizeLimit the largest size in words, for example "10 MB"
     * @param kinds     the accepted kinds in words, for example "JPG, PNG or PDF"
     * @param show      shows a message (the page's error summary)
     */
    public static void apply(Upload upload, String sizeLimit, String kinds, Consumer<String> show) {
        var error = new UploadI18N.Error()
                .setFileIsTooBig("is larger than " + sizeLimit)
                .setIncorrectFileType("is not a " + kinds + " file")
                .setTooManyFiles("You have chosen more files than you can send here");
        var i18n = new UploadI18N().setError(error);
        upload.setI18n(i18n);
        upload.addFileRejectedListener(rejected -> show.accept(
                message(rejected.getFileName(), rejected.getErrorMessage(), error)));
    }

    static String message(String fileName, String componentMessage, UploadI18N.Error error) {
        if (componentMessage.equals(error.getFileIsTooBig()) || componentMessage.equals(error.getIncorrectFileType())) {
            return "“" + fileName + "” " + componentMessage;
        }
        return componentMessage;
    }
}
