package org.candour.disclosure.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.candour.disclosure.FootageFile;
import org.candour.disclosure.FootageKind;
import org.candour.shared.LondonTime;
import org.candour.shared.ui.Page;

/** The stored clips of a request, each with its facts and a player that streams it by range. */
final class FootageFileList extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", LondonTime.LOCALE);
    static final String PREVIEW_PATH = "/staff/footage-files/";

    FootageFileList(List<FootageFile> files) {
        setId("footage-files");
        if (files.isEmpty()) {
            add(Page.body("No clips are stored for this request yet."));
            return;
        }
        files.forEach(file -> add(item(file)));
    }

    private static Div item(FootageFile file) {
        var facts = new DescriptionList();
        facts.addClassName("summary-list");
        row(facts, "Recording", new Span(file.recordingId()));
        row(facts, "Video", new Span(file.facts().describe()));
        row(facts, "Size", new Span(megabytes(file.sizeBytes())));
        row(facts, "SHA-256", new Code(file.sha256()));
        row(facts, "Stored", new Span(TIME.format(file.storedAt()
                .atZone(LondonTime.ZONE)) + " by " + file.storedBy()));
        var item = new Div(new H3(file.originalName()), facts, player(file));
        if (file.kind() == FootageKind.ORIGINAL) {
            var redact = Page.link("staff/requests/" + file.requestReference() + "/footage/" + file.id()
                    + "/redaction", "Redact this clip");
            redact.setId("redact-" + file.id());
            item.add(redact);
        } else {
            item.addComponentAsFirst(Page.tag("Disclosure copy"));
        }
        item.addClassName("footage-file");
        item.setId("footage-file-" + file.id());
        return item;
    }

    private static Div player(FootageFile file) {
        var video = new Element("video");
        video.setAttribute("controls", true);
        video.setAttribute("preload", "metadata");
        video.setAttribute("src", PREVIEW_PATH + file.id());
        video.setAttribute("aria-label", "Preview of " + file.originalName());
        video.setText("Your browser cannot play this clip here.");
        var player = new Div();
        player.addClassName("footage-player");
        player.getElement().appendChild(video);
        return player;
    }

    private static void row(DescriptionList list, String key, Component value) {
        var row = new Div(new DescriptionList.Term(key), new DescriptionList.Description(value));
        row.addClassName("summary-row");
        list.add(row);
    }

    private static String megabytes(long bytes) {
        var format = NumberFormat.getNumberInstance(LondonTime.LOCALE);
        format.setMaximumFractionDigits(1);
        return format.format(bytes / 1_048_576.0) + " MB";
    }
}
