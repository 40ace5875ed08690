package org.candour.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A labelled native {@code <select>}: keyboard, screen readers, type-ahead and phones handle it as they handle every
 * other select on the web, and it reaches the browser as one element with its options as HTML, not as a component per
 * option nor as a combo box with its data channel (on the statistics pages those were most of a first view).
 * The browser sends the chosen option's index; anything that is not one is ignored.
 */
public final class NativeSelect<T> extends Component {

    private static final String VALUE = "event.target.value";

    private final List<T> items;
    private final List<Consumer<T>> listeners = new ArrayList<>();
    private T value;

    /**
     * @param id     the select's id, which its label points at
     * @param labels what each item is called in the list
     * @param value  the item chosen at first: one of {@code items}
     */
    public NativeSelect(String id, String label, List<T> items, Function<T, String> labels, T value) {
        super(new Element("div"));
        this.items = List.copyOf(items);
        if (!this.items.contains(value)) {
            throw new IllegalArgumentException("The first choice must be one of the items");
        }
        this.value = value;
        var html = new StringBuilder(64 + this.items.size() * 48);
        html.append("<label for=\"").append(HtmlText.escape(id)).append("\">").append(HtmlText.escape(label))
                .append("</label><select id=\"").append(HtmlText.escape(id)).append("\">");
        for (int i = 0; i < this.items.size(); i++) {
            T item = this.items.get(i);
            html.append("<option value=\"").append(i).append('"').append(item.equals(value) ? " selected" : "")
                    .append('>').append(HtmlText.escape(labels.apply(item))).append("</option>");
        }
        getElement().setAttribute("class", "native-select");
        getElement().setProperty("innerHTML", html.append("</select>").toString());
        getElement().addEventListener("change", event -> choose(event.getEventData().path(VALUE).asString("")))
                .addEventData(VALUE);
    }

    public T getValue() {
        return value;
    }

    /** {@code listener} gets the item each time the user chooses another. */
    public void onChange(Consumer<T> listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    private void choose(String index) {
        int i;
        try {
            i = Integer.parseInt(index);
        } catch (NumberFormatException e) {
            return;
        }
        if (i < 0 || i >= items.size() || items.get(i).equals(value)) {
            return;
        }
        value = items.get(i);
        listeners.forEach(listener -> listener.accept(value));
    }
}
