package org.candour.shared.uploads;

import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionBindingListener;
import java.io.Serial;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The temporary files uploaded in one browser session, kept as an attribute of the HTTP session: when the session
 * ends (signed out, timed out, invalidated) the container unbinds it and every file still there is deleted, so an
 * abandoned form leaves nothing behind. Holds paths only, never keys or bytes.
 */
public final class UploadsOfSession implements HttpSessionBindingListener, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    static final String ATTRIBUTE = UploadsOfSession.class.getName();

    private final Set<String> paths = new LinkedHashSet<>();

    /** The session's list, made on first use. */
    public static UploadsOfSession of(WrappedSession session) {
        synchronized (UploadsOfSession.class) {
            if (session.getAttribute(ATTRIBUTE) instanceof UploadsOfSession existing) {
                return existing;
            }
            var made = new UploadsOfSession();
            session.setAttribute(ATTRIBUTE, made);
            return made;
        }
    }

    public synchronized void add(TemporaryUpload upload) {
        paths.add(upload.path().toString());
    }

    /** Forgets an upload whose file has been deleted (filed, removed or replaced). */
    public synchronized void remove(TemporaryUpload upload) {
        paths.remove(upload.path().toString());
    }

    synchronized int size() {
        return paths.size();
    }

    @Override
    public void valueUnbound(HttpSessionBindingEvent event) {
        deleteAll();
    }

    synchronized void deleteAll() {
        paths.forEach(path -> TemporaryUploads.delete(Path.of(path)));
        paths.clear();
    }
}
