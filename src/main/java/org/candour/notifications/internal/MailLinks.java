package org.candour.notifications.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Links in emails point at the public address of the portal ({@code candour.public-url}). */
@Component
class MailLinks {

    private final String base;

    MailLinks(@Value("${candour.public-url:http://localhost:8080}") String publicUrl) {
        this.base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    String track() {
        return to("track");
    }

    String to(String path) {
        return base + "/" + path;
    }
}
