package org.candour.shared.uploads;

/** An upload went past its limit while it arrived; what was written of it has been deleted. */
public class UploadTooLargeException extends RuntimeException {

    private final long limit;

    UploadTooLargeException(long limit) {
        super("The upload is larger than " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
