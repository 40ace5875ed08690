package org.candour.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * The short JSON answer of a machine endpoint that refuses a caller (401, 403), written by its security chain
 * itself: the error page belongs to the pages' chain and would redirect to the sign-in page.
 */
public final class JsonRefusal {

    private JsonRefusal() {
    }

    public static void write(HttpServletResponse response, HttpStatus status) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"status\":" + status.value() + ",\"error\":\"" + status.getReasonPhrase()
                + "\"}");
    }
}
