package org.candour.notifications.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Hands one letter to the SMTP server ({@code spring.mail.*}) as plain text with an HTML alternative, from
 * {@code candour.mail.from}. A server that is down or refuses throws {@link org.springframework.mail.MailException}:
 * the caller's transaction rolls back and the outbox retries. Never logs the address or the content.
 */
@Component
class Postman {

    static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";
    static final String ANGUS_STREAM_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

    static {
        nameTheStreamProvider(System.getProperties());
    }

    private final JavaMailSender mail;
    private final String fromAddress;
    private final String fromName;

    Postman(JavaMailSender mail, @Value("${candour.mail.from:no-reply@candour.localhost}") String fromAddress,
            @Value("${candour.mail.from-name:Candour}") String fromName) {
        this.mail = mail;
        this.fromAddress = fromAddress;
        this.fromName = fromName;
    }

    /**
     * Jakarta Mail 2.1 finds its stream provider anew for every part and header it makes, with a service loader
     * that searches every jar (jakartaee/mail-api#699 and #861): a tenth of the portal's CPU during a surge of
     * filings. Named in its system property, it is made from the class name instead. A name set by the deployment
     * is kept, and nothing is set if Angus Mail is not there.
     */
    static void nameTheStreamProvider(Properties system) {
        if (ClassUtils.isPresent(ANGUS_STREAM_PROVIDER, Postman.class.getClassLoader())) {
            system.putIfAbsent(STREAM_PROVIDER, ANGUS_STREAM_PROVIDER);
        }
    }

    /**
     * An address under the top-level domain {@code .invalid} can never be delivered (RFC 6761 reserves it): no
     * letter is written to it. The demo's generated history gives its made-up requesters such addresses, so that
     * years of past requests do not fill the demo mailbox.
     */
    static boolean undeliverable(String address) {
        return address.strip().toLowerCase(Locale.ROOT).endsWith(".invalid");
    }

    void send(String to, Letter letter) {
        var message = mail.createMimeMessage();
        try {
            var helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(new InternetAddress(fromAddress, fromName, StandardCharsets.UTF_8.name()));
            helper.setTo(to);
            helper.setSubject(letter.subject());
            helper.setText(MailRenderer.text(letter), MailRenderer.html(letter));
        } catch (MessagingException | UnsupportedEncodingException e) {
            // The message (not the address) is named: it is ours, and holds nothing of the requester.
            throw new MailPreparationException("Could not prepare the message '" + letter.subject() + "'", e);
        }
        try {
            mail.send(message);
        } catch (MailException failed) {
            // An SMTP server's refusal may quote the address: the log gets the kind of failure only.
            throw new MailSendException("The mail server did not take the message: " + kinds(failed));
        }
    }

    private static String kinds(Throwable failed) {
        var kinds = new StringBuilder(failed.getClass().getSimpleName());
        for (Throwable cause = failed.getCause(); cause != null; cause = cause.getCause()) {
            kinds.append(" < ").append(cause.getClass().getSimpleName());
        }
        if (failed instanceof MailSendException send) {
            send.getFailedMessages().values().forEach(cause -> kinds.append(" < ")
                    .append(cause.getClass().getSimpleName()));
        }
        return kinds.toString();
    }
}
