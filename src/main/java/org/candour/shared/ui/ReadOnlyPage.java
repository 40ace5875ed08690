package org.candour.shared.ui;

/**
 * A public page that holds nothing a reader would lose: whatever it shows comes from its address (see
 * {@link ReaderSessions}). A session whose every tab shows such a page may end once it falls silent, because a
 * reload shows the same.
 */
public interface ReadOnlyPage {
}
