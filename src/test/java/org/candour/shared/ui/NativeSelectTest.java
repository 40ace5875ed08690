package org.candour.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The select's HTML, and what the server does with what the browser says was chosen. */
class NativeSelectTest {

    private final NativeSelect<String> select = new NativeSelect<>("colour", "Colour <of it>",
            List.of("Red", "Green & blue", "Black"), text -> text, "Green & blue");
    private final List<String> chosen = new ArrayList<>();

    @Test
    void writesALabelledSelectWithTheFirstChoiceSelectedAndEveryTextEscaped() {
        assertThat(select.getElement().getProperty("innerHTML")).isEqualTo("<label for=\"colour\">Colour &lt;of it&gt;"
                + "</label><select id=\"colour\"><option value=\"0\">Red</option><option value=\"1\" selected>"
                + "Green &amp; blue</option><option value=\"2\">Black</option></select>");
        assertThat(select.getValue()).isEqualTo("Green & blue");
    }

    @Test
    void aChosenIndexChangesTheValueAndTellsTheListenersOnce() {
        select.onChange(chosen::add);
        change("2");
        change("2");
        assertThat(select.getValue()).isEqualTo("Black");
        assertThat(chosen).containsExactly("Black");
    }

    @Test
    void anythingButAnIndexOfTheListIsIgnored() {
        select.onChange(chosen::add);
        for (String value : List.of("3", "-1", "Black", "", "1e3", "99999999999")) {
            change(value);
        }
        assertThat(select.getValue()).isEqualTo("Green & blue");
        assertThat(chosen).isEmpty();
    }

    @Test
    void theFirstChoiceMustBeAnItem() {
        assertThatThrownBy(() -> new NativeSelect<>("x", "X", List.of("a"), s -> s, "b"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void change(String value) {
        var data = JacksonUtils.createObjectNode();
        data.put("event.target.value", value);
        select.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(select.getElement(), "change", data));
    }
}
