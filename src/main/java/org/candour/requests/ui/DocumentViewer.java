package org.candour.requests.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.candour.requests.DocumentView;
import org.candour.shared.ui.Page;

/**
 * An identity document shown in the request page: each picture (a photo, or a page of a PDF) served from memory to
 * this page only, never stored by the browser ({@code Cache-Control: no-store}, see {@code SecurityHeaders}), and
 * gone when the viewer is closed.
 */
final class DocumentViewer extends Div {

    DocumentViewer(DocumentView view) {
        addClassName("document-viewer");
        if (view.problem() != null) {
            add(Page.warning(view.problem()));
        }
        int page = 0;
        for (var picture : view.pictures()) {
            page++;
            String alt = view.pictures().size() == 1 && view.pageCount() <= 1 ? "Identity document " + view.fileName()
                    : "Page " + page + " of " + view.pageCount() + " of identity document " + view.fileName();
            var image = new Image(handler(picture, "page-" + page), alt);
            image.addClassName("document-page");
            add(image);
        }
        if (view.pageCount() > view.pictures().size() && !view.pictures().isEmpty()) {
            add(Page.body("Only the first " + view.pictures().size() + " of " + view.pageCount() + " pages are "
                    + "shown."));
        }
    }

    private static DownloadHandler handler(DocumentView.Picture picture, String name) {
        byte[] content = picture.content();
        return DownloadHandler.fromInputStream(event -> new DownloadResponse(new ByteArrayInputStream(content),
                name, picture.mediaType(), content.length));
    }
}
