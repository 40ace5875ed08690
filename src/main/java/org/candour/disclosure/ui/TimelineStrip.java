package org.candour.disclosure.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.candour.disclosure.review.ClipTimes;
import org.candour.disclosure.review.Thumbnail;
import org.candour.shared.ui.Page;

/** Pictures along the clip's timeline with the planned boxes drawn, each with its time and a text alternative. */
final class TimelineStrip extends Div {

    TimelineStrip(List<Thumbnail> thumbnails) {
        setId("redaction-timeline");
        addClassName("redaction-timeline");
        if (thumbnails.isEmpty()) {
            add(Page.body("The timeline could not be drawn for this clip."));
            return;
        }
        getElement().setAttribute("role", "list");
        getElement().setAttribute("aria-label", "Timeline of the clip: red boxes are blurred, dashed green boxes "
                + "are kept clear, blue boxes are manual boxes");
        int index = 0;
        for (Thumbnail thumbnail : thumbnails) {
            byte[] png = thumbnail.png();
            var image = new Image(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                    new ByteArrayInputStream(png), "frame-" + thumbnail.at().toMillis() + ".png", "image/png",
                    png.length)), thumbnail.description());
            var time = new Span(ClipTimes.format(thumbnail.at()));
            time.addClassName("redaction-timeline-time");
            var item = new Div(image, time);
            item.addClassName("redaction-timeline-frame");
            item.getElement().setAttribute("role", "listitem");
            item.setId("redaction-frame-" + index++);
            add(item);
        }
    }
}
