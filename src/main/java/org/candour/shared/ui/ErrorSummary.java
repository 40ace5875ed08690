package org.candour.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/**
 * GOV.UK error summary: shown at the top of a form after a failed submit, announced to screen readers and
 * focused, with one link per problem that moves focus to the field.
 */
public class ErrorSummary extends Div {

    /** A message and how to move focus to where the problem is. */
    public record Problem(Runnable focus, String message) {
    }

    public ErrorSummary() {
        addClassName("error-summary");
        getElement().setAttribute("role", "alert");
        getElement().setAttribute("tabindex", "-1");
        setVisible(false);
    }

    public void show(List<Problem> problems) {
        removeAll();
        var list = new UnorderedList();
        problems.forEach(problem -> {
            var link = new Button(problem.message(), click -> problem.focus().run());
            link.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            link.addClassName("error-summary-link");
            list.add(new ListItem(link));
        });
        add(new H2("There is a problem"), list);
        setVisible(true);
        getElement().callJsFunction("focus");
    }

    public void showMessage(String message) {
        removeAll();
        add(new H2("There is a problem"), new Div(message));
        setVisible(true);
        getElement().callJsFunction("focus");
    }

    public void hide() {
        removeAll();
        setVisible(false);
    }
}
