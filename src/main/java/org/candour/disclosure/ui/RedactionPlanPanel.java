package org.candour.disclosure.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.candour.disclosure.domain.RedactionJob;
import org.candour.disclosure.redaction.Box;
import org.candour.disclosure.redaction.FaceTrack;
import org.candour.disclosure.redaction.ManualBox;
import org.candour.disclosure.redaction.RedactionPlan;
import org.candour.disclosure.redaction.TimeRange;
import org.candour.disclosure.review.ClipTimes;
import org.candour.shared.ui.Page;

/**
 * The caseworker's choices: a checkbox per face track (untick to keep a face clear, such as the requester's own), a
 * form for a manual box over a time range, and a form for silencing a time range, each with the list of what was
 * added and a way to remove it.
 */
final class RedactionPlanPanel extends Div {

    /** What the caseworker asked for; the view carries it out and redraws. */
    interface Choices {
        void keepClear(int trackId, boolean clear);

        void addBox(ManualBox box);

        void removeBox(int index);

        void addMute(TimeRange range);

        void removeMute(int index);

        void problem(String message);
    }

    RedactionPlanPanel(RedactionJob job, RedactionPlan plan, Choices choices) {
        setId("redaction-plan");
        add(new H3("Faces found"), tracks(plan, choices));
        add(new H3("Manual boxes"), manualBoxes(plan, choices), boxForm(choices));
        add(new H3("Silenced sound"), mutes(plan, choices), muteForm(choices));
    }

    private static Div tracks(RedactionPlan plan, Choices choices) {
        var list = new Div();
        list.setId("redaction-tracks");
        if (plan.tracks().isEmpty()) {
            list.add(Page.body("No faces were found. Add a manual box over anything that must be hidden."));
            return list;
        }
        list.add(Page.body("Every face found is blurred. Untick a face to keep it clear, for example the "
                + "requester's own face."));
        for (FaceTrack track : plan.tracks()) {
            var box = new Checkbox("Blur face F" + track.id() + ": seen " + ClipTimes.format(track.firstSeen())
                    + " to " + ClipTimes.format(track.lastSeen()) + " (" + track.points().size() + " detections)",
                    !plan.keptClear().contains(track.id()));
            box.setId("track-" + track.id());
            box.addValueChangeListener(event -> {
                if (event.isFromClient()) {
                    choices.keepClear(track.id(), !event.getValue());
                }
            });
            list.add(box);
        }
        return list;
    }

    private static Div manualBoxes(RedactionPlan plan, Choices choices) {
        return itemList("redaction-manual-boxes", "No manual boxes.", plan.manualBoxes().stream().map(box ->
                "M" + (plan.manualBoxes().indexOf(box) + 1) + (box.label().isBlank() ? "" : " " + box.label())
                        + ": " + ClipTimes.format(box.during().start()) + " to " + ClipTimes.format(box.during().end())
                        + ", left " + percent(box.box().x()) + ", top " + percent(box.box().y()) + ", width "
                        + percent(box.box().width()) + ", height " + percent(box.box().height())).toList(),
                "Remove box", choices::removeBox);
    }

    private static Div mutes(RedactionPlan plan, Choices choices) {
        return itemList("redaction-mutes", "The sound is kept throughout.", plan.mutes().stream().map(range ->
                "Silenced " + ClipTimes.format(range.start()) + " to " + ClipTimes.format(range.end())).toList(),
                "Remove", choices::removeMute);
    }

    private static Div itemList(String id, String empty, List<String> items, String removeText,
                                Consumer<Integer> remove) {
        var holder = new Div();
        holder.setId(id);
        if (items.isEmpty()) {
            holder.add(Page.body(empty));
            return holder;
        }
        var list = new UnorderedList();
        for (int i = 0; i < items.size(); i++) {
            int index = i;
            var button = new Button(removeText, click -> remove.accept(index));
            button.getElement().setAttribute("aria-label", removeText + ": " + items.get(i));
            button.setId(id + "-remove-" + i);
            list.add(new ListItem(new com.vaadin.flow.component.html.Span(items.get(i) + " "), button));
        }
        holder.add(list);
        return holder;
    }

    private static Div boxForm(Choices choices) {
        var left = field("box-left", "Left edge, % of the frame's width");
        var top = field("box-top", "Top edge, % of the frame's height");
        var width = field("box-width", "Width, % of the frame's width");
        var height = field("box-height", "Height, % of the frame's height");
        var from = field("box-from", "From, seconds into the clip");
        var to = field("box-to", "To, seconds into the clip");
        var label = new TextField("What it hides (for the redaction log)");
        label.setId("box-label");
        label.setMaxLength(80);
        var add = new Button("Add box", click -> {
            try {
                var box = new Box(fraction(left, "left edge"), fraction(top, "top edge"), fraction(width, "width"),
                        fraction(height, "height"));
                choices.addBox(new ManualBox(box, new TimeRange(seconds(from, "start"), seconds(to, "end")),
                        label.getValue().strip()));
            } catch (IllegalArgumentException e) {
                choices.problem(e.getMessage());
            }
        });
        add.setId("add-box");
        var form = new Div(Page.body("A manual box blurs a place in the frame over a stretch of time: a face the "
                + "detector missed, a number plate, a screen."), left, top, width, height, from, to, label, add);
        form.addClassName("redaction-form");
        return form;
    }

    private static Div muteForm(Choices choices) {
        var from = field("mute-from", "From, seconds into the clip");
        var to = field("mute-to", "To, seconds into the clip");
        var add = new Button("Silence this stretch", click -> {
            try {
                choices.addMute(new TimeRange(seconds(from, "start"), seconds(to, "end")));
            } catch (IllegalArgumentException e) {
                choices.problem(e.getMessage());
            }
        });
        add.setId("add-mute");
        var form = new Div(Page.body("Silence the sound where other people's names or details are heard."), from,
                to, add);
        form.addClassName("redaction-form");
        return form;
    }

    private static TextField field(String id, String label) {
        var field = new TextField(label);
        field.setId(id);
        field.setWidth("12em");
        field.getElement().setAttribute("inputmode", "decimal");
        return field;
    }

    private static double fraction(TextField field, String what) {
        return number(field, what).doubleValue() / 100;
    }

    private static Duration seconds(TextField field, String what) {
        return ClipTimes.seconds(number(field, what));
    }

    private static BigDecimal number(TextField field, String what) {
        String text = field.getValue().strip().replace(',', '.');
        if (text.isEmpty()) {
            throw new IllegalArgumentException("Enter the " + what + ".");
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Enter the " + what + " as a number, like 12.5.");
        }
    }

    private static String percent(double fraction) {
        return BigDecimal.valueOf(fraction * 100).setScale(1, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString() + "%";
    }
}
