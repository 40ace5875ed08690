package org.candour.disclosure.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;
import org.candour.disclosure.FootageContent;
import org.candour.disclosure.FootageFiles;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff preview of a stored footage file, decrypted as it is sent, with HTTP range requests so that a player can
 * seek. Caseworkers and supervisors only ({@link FootagePreviewSecurity}), and only files of requests they may
 * see (404 otherwise); each view is audited by {@link FootageFiles}.
 */
@RestController
class FootagePreviewController {

    static final String PATH = "/staff/footage-files";

    private final FootageFiles files;

    FootagePreviewController(FootageFiles files) {
        this.files = files;
    }

    @GetMapping(PATH + "/{id}")
    void preview(@PathVariable String id, @RequestHeader(value = HttpHeaders.RANGE, required = false)
                 @Nullable String range, HttpServletResponse response) throws IOException {
        UUID fileId;
        try {
            fileId = UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            response.sendError(HttpStatus.NOT_FOUND.value());
            return;
        }
        boolean newView = range == null || range.strip().startsWith("bytes=0-");
        var content = files.openForPreview(fileId, newView);
        if (content.isEmpty()) {
            response.sendError(HttpStatus.NOT_FOUND.value());
            return;
        }
        RangeResponses.write(content.get(), ByteRange.of(range, content.get().size()), response);
    }

    /** Writes a footage file, whole or by range, with the headers a video player needs. */
    static final class RangeResponses {

        private RangeResponses() {
        }

        static void write(FootageContent content, ByteRange range, HttpServletResponse response) throws IOException {
            long size = content.size();
            response.setHeader(HttpHeaders.ACCEPT_RANGES, "bytes");
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            switch (range) {
                case ByteRange.Unsatisfiable unsatisfiable -> {
                    response.setStatus(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE.value());
                    response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes */" + size);
                }
                case ByteRange.Part part -> {
                    response.setStatus(HttpStatus.PARTIAL_CONTENT.value());
                    response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes " + part.first() + "-" + part.last() + "/"
                            + size);
                    send(content, part.first(), part.last() + 1, response);
                }
                case ByteRange.Whole whole -> {
                    response.setStatus(HttpStatus.OK.value());
                    send(content, 0, size, response);
                }
            }
        }

        private static void send(FootageContent content, long start, long end, HttpServletResponse response)
                throws IOException {
            response.setContentType("video/mp4");
            response.setContentLengthLong(end - start);
            try (InputStream in = content.range(start, end)) {
                in.transferTo(response.getOutputStream());
            }
        }
    }
}
