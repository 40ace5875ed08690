package org.candour.identity.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.candour.identity.PasswordRules;
import org.candour.identity.Role;
import org.candour.shared.ui.FormFields;

/**
 * The fields of the staff account forms ({@link FormFields} plus hints that state the rules); the rules themselves
 * are checked by {@link org.candour.identity.StaffAccounts}.
 */
final class AccountFields {

    private AccountFields() {
    }

    static TextField username() {
        var field = FormFields.text("username", "Username", "off");
        field.setHelperText("What they type to sign in, for example j.okafor. Letters, numbers, dots, hyphens "
                + "and underscores; not case-sensitive.");
        field.setMaxWidth("24rem");
        field.getElement().setAttribute("spellcheck", "false");
        return field;
    }

    static TextField displayName() {
        var field = FormFields.text("display-name", "Full name", "off");
        field.setHelperText("As colleagues know them. Shown on the pages they use and in the record of their work.");
        return field;
    }

    static CheckboxGroup<Role> roles() {
        var group = new CheckboxGroup<Role>("Roles");
        group.setId("roles");
        group.setItems(Role.values());
        group.setItemLabelGenerator(role -> role.label() + ": " + role.description());
        group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        group.setHelperText("Choose every role the person needs, and no more.");
        return group;
    }

    static PasswordField password(String id, String label) {
        var field = new PasswordField(label);
        field.setId(id);
        field.setManualValidation(true);
        field.setMaxWidth("24rem");
        field.setWidthFull();
        field.setHelperText("At least " + PasswordRules.MIN_LENGTH + " characters. Not the username and not a "
                + "common password. A few unrelated words make a good one. Give it to the person in person.");
        field.getElement().setAttribute("autocomplete", "new-password");
        return field;
    }
}
