package org.candour.requests.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.candour.requests.WorkflowException;
import org.junit.jupiter.api.Test;

/** What staff type into a transition: required, stripped, at most 1000 characters. */
class StaffInputTest {

    @Test
    void aThousandCharactersAreAcceptedAndOneMoreIsNot() {
        assertThat(StaffInput.requireText(" " + "a".repeat(1000) + " ", "Write the note")).hasSize(1000);
        assertThatThrownBy(() -> StaffInput.requireText("a".repeat(1001), "Write the note"))
                .isInstanceOf(WorkflowException.class).hasMessage("Write 1000 characters or fewer.");
    }

    @Test
    void blankTextIsRefusedWithTheProblemNamed() {
        assertThatThrownBy(() -> StaffInput.requireText("  ", "Write the note")).hasMessage("Write the note.");
    }
}
