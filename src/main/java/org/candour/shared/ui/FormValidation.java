package org.candour.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Collects the problems of one form submit: marks each field and fills the error summary. */
public final class FormValidation {

    private final ErrorSummary summary;
    private final List<ErrorSummary.Problem> problems = new ArrayList<>();

    public FormValidation(ErrorSummary summary) {
        this.summary = summary;
    }

    public <F extends Component & HasValidation> FormValidation check(F field, Optional<String> problem) {
        field.setInvalid(problem.isPresent());
        field.setErrorMessage(problem.orElse(null));
        problem.ifPresent(message -> problems.add(new ErrorSummary.Problem(focusOn(field), message)));
        return this;
    }

    /** Checks a field against the problems a service found, keyed by field name. */
    public <F extends Component & HasValidation> FormValidation check(F field, Map<String, String> problems,
                                                                      String key) {
        return check(field, Optional.ofNullable(problems.get(key)));
    }

    /** Fields that are not {@link Focusable} (radio groups) get focus on their first input. */
    private static Runnable focusOn(Component field) {
        if (field instanceof Focusable<?> focusable) {
            return focusable::focus;
        }
        return () -> field.getElement().executeJs("(this.querySelector('input') || this).focus()");
    }

    public FormValidation add(Focusable<?> target, String message) {
        problems.add(new ErrorSummary.Problem(target::focus, message));
        return this;
    }

    /** True when nothing is wrong; otherwise shows the summary and returns false. */
    public boolean passed() {
        if (problems.isEmpty()) {
            summary.hide();
            return true;
        }
        summary.show(problems);
        return false;
    }
}
