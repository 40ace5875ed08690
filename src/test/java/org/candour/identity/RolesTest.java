package org.candour.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RolesTest {

    @Test
    void eachRoleHasAConstantNamedAfterItWhoseValueIsItsName() throws IllegalAccessException {
        assertThat(constants()).containsExactlyInAnyOrderEntriesOf(
                Arrays.stream(Role.values()).collect(Collectors.toMap(Role::name, Role::name)));
    }

    private static Map<String, Object> constants() throws IllegalAccessException {
        var constants = new HashMap<String, Object>();
        for (Field field : Roles.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
                constants.put(field.getName(), field.get(null));
            }
        }
        return constants;
    }
}
