package org.candour.disclosure.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.dom.Element;
import java.util.function.Consumer;
import org.candour.disclosure.FootageFile;
import org.candour.disclosure.domain.RedactionJob;
import org.candour.disclosure.domain.RedactionJobState;
import org.candour.disclosure.redaction.RedactionLog;
import org.candour.shared.ui.Page;

/**
 * The rendered disclosure copy: a player streaming it by range, its SHA-256, the redaction log, and, while the
 * request is being decided, the proposal of its release for a supervisor's sign-off.
 */
final class DisclosureCopyPanel extends Div {

    static final String REDACTED = "Release with the redactions: a partial disclosure under s.45(4)(e), to protect "
            + "other people";
    static final String FULL = "Release in full: nothing in the footage had to be hidden";

    DisclosureCopyPanel(RedactionJob job, FootageFile copy, boolean mayPropose, Consumer<Boolean> propose) {
        setId("disclosure-copy");
        add(Page.subheading(job.state() == RedactionJobState.SIGNED_OFF ? "Disclosure copy, signed off"
                : "Disclosure copy"));
        add(player(copy));
        add(Page.body("SHA-256 of the copy (in the audit log):"), new Code(copy.sha256()));
        var log = job.log();
        if (log != null) {
            add(new H3("Redaction log"), lines(log));
        }
        if (job.state() == RedactionJobState.RENDERED) {
            add(proposal(log, mayPropose, propose));
        }
    }

    private static Div proposal(RedactionLog log, boolean mayPropose, Consumer<Boolean> propose) {
        var section = new Div(new H3("Propose the release"));
        section.setId("propose-release");
        if (!mayPropose) {
            section.add(Page.body("A release can be proposed while the request is in review and no other decision "
                    + "is waiting for sign-off."));
            return section;
        }
        boolean hidden = log == null || !log.blurredTracks().isEmpty() || !log.manualBoxes().isEmpty()
                || !log.mutes().isEmpty();
        var how = new RadioButtonGroup<String>("How is the footage released?");
        how.setId("release-how");
        how.setItems(REDACTED, FULL);
        how.setValue(hidden ? REDACTED : FULL);
        var button = new Button("Propose release for sign-off", click -> propose.accept(REDACTED.equals(
                how.getValue())));
        button.setId("propose-release-button");
        section.add(Page.body("A supervisor other than you signs off the release; signing off approves this copy "
                + "for the requester."), how, button);
        return section;
    }

    private static UnorderedList lines(RedactionLog log) {
        var list = new UnorderedList();
        list.setId("redaction-log");
        log.lines().forEach(line -> list.add(new ListItem(line)));
        return list;
    }

    private static Div player(FootageFile copy) {
        var video = new Element("video");
        video.setAttribute("controls", true);
        video.setAttribute("preload", "metadata");
        video.setAttribute("src", FootageFileList.PREVIEW_PATH + copy.id());
        video.setAttribute("aria-label", "Preview of the disclosure copy " + copy.originalName());
        video.setText("Your browser cannot play this clip here.");
        var player = new Div();
        player.setId("disclosure-copy-player");
        player.addClassName("footage-player");
        player.getElement().appendChild(video);
        return player;
    }
}
