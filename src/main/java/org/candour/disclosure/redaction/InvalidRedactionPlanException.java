package org.candour.disclosure.redaction;

import java.util.List;

/** A redaction plan that cannot be rendered as it stands; {@link #problems()} says every reason, in words. */
public class InvalidRedactionPlanException extends IllegalArgumentException {

    private final List<String> problems;

    public InvalidRedactionPlanException(List<String> problems) {
        super("The redaction plan cannot be rendered: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
