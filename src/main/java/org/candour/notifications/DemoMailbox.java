package org.candour.notifications;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.candour.notifications.internal.LocalMailServer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * What the local mail server of the demo profile received, newest first, so a newcomer sees what requesters and
 * staff are sent. Unavailable (and its page hidden) when no local mail server runs, as in production.
 */
@Service
public class DemoMailbox {

    private final ObjectProvider<LocalMailServer> server;

    DemoMailbox(ObjectProvider<LocalMailServer> server) {
        this.server = server;
    }

    public boolean isAvailable() {
        return server.getIfAvailable() != null;
    }

    public List<ReceivedMail> messages() {
        var local = server.getIfAvailable();
        if (local == null) {
            return List.of();
        }
        return local.received().reversed().stream().map(DemoMailbox::read).toList();
    }

    private static ReceivedMail read(MimeMessage message) {
        try {
            var to = Arrays.stream(Optional.ofNullable(message.getAllRecipients()).orElse(new jakarta.mail.Address[0]))
                    .map(Object::toString).toList();
            return new ReceivedMail(to, Optional.ofNullable(message.getSubject()).orElse(""),
                    message.getSentDate() == null ? null : message.getSentDate().toInstant(),
                    part(message, "text/plain").orElse(""), part(message, "text/html").orElse(""));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Could not read a message of the local mail server", e);
        }
    }

    private static Optional<String> part(Part part, String type) throws MessagingException, IOException {
        if (part.isMimeType(type)) {
            return Optional.of(part.getContent().toString());
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                var found = part(child, type);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
