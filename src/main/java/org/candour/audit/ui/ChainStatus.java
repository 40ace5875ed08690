package org.candour.audit.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.candour.audit.ChainBreak;
import org.candour.audit.ChainVerification;

/**
 * The outcome of a chain check: a green panel when it is intact, a red one naming the first broken link when not.
 * Announced to screen readers as it changes.
 */
class ChainStatus extends Div {

    ChainStatus() {
        setId("chain-status");
        addClassName("chain-status");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
    }

    void checking() {
        show("chain-checking", "Checking the chain", "Every entry's hash is being computed again. This can take a "
                + "while for a long log.");
    }

    void show(ChainVerification verification) {
        ChainBreak broken = verification.firstBreak();
        if (broken == null) {
            show("chain-intact", "The chain is intact, " + entries(verification.entriesChecked()),
                    "No entry was changed, removed or put out of order since it was written.");
        } else {
            show("chain-broken", "The chain is broken at entry " + broken.sequence(), broken.description(),
                    "Checked " + entries(verification.entriesChecked()) + ". Entries from " + broken.sequence()
                            + " on cannot be trusted until this is explained: keep the database as it is and tell "
                            + "the data protection officer.");
        }
    }

    void failed(String reason) {
        show("chain-broken", "The chain could not be checked", reason);
    }

    private void show(String kind, String heading, String... paragraphs) {
        removeAll();
        setClassName("chain-status " + kind);
        add(new H2(heading));
        for (String text : paragraphs) {
            add(new Paragraph(text));
        }
    }

    private static String entries(long count) {
        return count == 1 ? "1 entry" : count + " entries";
    }
}
