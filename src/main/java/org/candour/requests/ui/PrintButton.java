package org.candour.requests.ui;

import com.vaadin.flow.component.html.NativeButton;

/** A button that opens the browser's print dialog; the print stylesheet decides what reaches the paper. */
final class PrintButton {

    private PrintButton() {
    }

    static NativeButton of(String id, String text) {
        var button = new NativeButton(text, click -> click.getSource().getElement().executeJs("window.print()"));
        button.setId(id);
        button.addClassNames("print-button", "no-print");
        return button;
    }
}
