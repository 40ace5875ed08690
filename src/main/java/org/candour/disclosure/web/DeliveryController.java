package org.candour.disclosure.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.candour.disclosure.DeliveryAccess;
import org.candour.disclosure.FootageDeliveries;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The requester's copy, played in the tracking page or downloaded, by HTTP range requests. The address carries a
 * pass issued to the tracking session that matched reference and secret; the same session's cookie must come with
 * it ({@link FootageDeliveries#open}). An expired copy gets a page saying so (410); anything else refused gets a
 * page that says nothing about why (404). Never cached.
 */
@RestController
class DeliveryController {

    static final String EXPIRED_PAGE = page("This footage is no longer available",
            "Copies of footage are kept for a limited time after we release them, and this one has now been "
                    + "deleted.",
            "If you still need the footage, ask again: make a new request and say that you had a copy before.");
    static final String REFUSED_PAGE = page("This link does not work",
            "Links to your footage work only in the browser where you tracked your request, for a few hours.",
            "Track your request again with your reference and secret to watch or download your footage.");

    private final FootageDeliveries deliveries;

    DeliveryController(FootageDeliveries deliveries) {
        this.deliveries = deliveries;
    }

    @GetMapping(FootageDeliveries.PATH + "/{release}/{token}")
    void deliver(@PathVariable String release, @PathVariable String token,
                 @RequestHeader(value = HttpHeaders.RANGE, required = false) @Nullable String range,
                 HttpServletRequest request, HttpServletResponse response) throws IOException {
        UUID releaseId;
        try {
            releaseId = UUID.fromString(release);
        } catch (IllegalArgumentException notAnId) {
            refuse(response, HttpStatus.NOT_FOUND, REFUSED_PAGE);
            return;
        }
        boolean download = request.getParameter("download") != null;
        boolean firstRange = range == null || range.strip().startsWith("bytes=0-");
        var session = request.getSession(false);
        var access = deliveries.open(releaseId, token, session == null ? null : session.getId(), download,
                firstRange);
        switch (access) {
            case DeliveryAccess.Granted granted -> {
                if (download) {
                    response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\""
                            + granted.reference() + "-footage.mp4\"");
                }
                FootagePreviewController.RangeResponses.write(granted.content(),
                        ByteRange.of(range, granted.content().size()), response);
            }
            case DeliveryAccess.Expired expired -> refuse(response, HttpStatus.GONE, EXPIRED_PAGE);
            case DeliveryAccess.Refused refused -> refuse(response, HttpStatus.NOT_FOUND, REFUSED_PAGE);
        }
    }

    private static void refuse(HttpServletResponse response, HttpStatus status, String page) throws IOException {
        response.setStatus(status.value());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
        byte[] body = page.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static String page(String heading, String what, String whatToDo) {
        return "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
                + "content=\"width=device-width, initial-scale=1\"><title>" + heading + " - Candour</title>"
                + "<style>body{font-family:Arial,sans-serif;font-size:19px;line-height:1.4;max-width:40em;"
                + "margin:2em auto;padding:0 1em;color:#0b0c0c}a{color:#1d70b8}</style></head><body><main>"
                + "<h1>" + heading + "</h1><p>" + what + "</p><p>" + whatToDo + "</p>"
                + "<p><a href=\"/track\">Track your request</a></p></main></body></html>";
    }
}
