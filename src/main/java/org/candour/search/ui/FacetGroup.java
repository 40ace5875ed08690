package org.candour.search.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.candour.search.SearchResults;

/**
 * A facet: a labelled group of checkboxes ("Lambeth (12)"). Its options follow the latest counts while keeping
 * what the user ticked, even if a ticked value has no hits now.
 */
class FacetGroup<T extends Comparable<T>> extends CheckboxGroup<T> {

    private final Function<T, String> label;
    private final Map<T, Long> counts = new LinkedHashMap<>();
    private boolean updating;

    FacetGroup(String id, String title, Function<T, String> label, Runnable onChange) {
        super(title);
        setId(id);
        this.label = label;
        addClassName("facet");
        setItemLabelGenerator(value -> this.label.apply(value) + " (" + counts.getOrDefault(value, 0L) + ")");
        addValueChangeListener(change -> {
            if (!updating) {
                onChange.run();
            }
        });
    }

    void show(List<SearchResults.Count<T>> latest) {
        updating = true;
        Set<T> selected = new HashSet<>(getValue());
        counts.clear();
        latest.forEach(count -> counts.put(count.value(), count.count()));
        selected.forEach(value -> counts.putIfAbsent(value, 0L));
        setItems(counts.keySet());
        setValue(selected);
        setVisible(!counts.isEmpty());
        updating = false;
    }

    Set<T> selected() {
        return Set.copyOf(getValue());
    }
}
