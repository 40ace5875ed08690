package org.candour.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The key under which attempts from one client are counted: an IPv4 address as it is, an IPv6 address by its /64
 * network (one household or phone is given a whole /64, and can pick any address in it), an IPv4-mapped IPv6 address
 * as the IPv4 address. Anything that is not an address literal counts under itself. No name is ever looked up.
 */
public final class ClientAddresses {

    private ClientAddresses() {
    }

    public static String key(String address) {
        String text = address.trim().toLowerCase(Locale.ROOT);
        if (text.startsWith("[") && text.endsWith("]")) {
            text = text.substring(1, text.length() - 1);
        }
        int zone = text.indexOf('%');
        if (zone >= 0) {
            text = text.substring(0, zone);
        }
        if (!text.contains(":")) {
            return text;
        }
        var groups = groups(text);
        if (groups == null) {
            return text;
        }
        if (groups.size() == 7 && groups.get(6).contains(".")
                && groups.subList(0, 5).stream().allMatch("0"::equals) && groups.get(5).equals("ffff")) {
            return groups.get(6);
        }
        if (groups.size() != 8) {
            return text;
        }
        return String.join(":", groups.subList(0, 4)) + "::/64";
    }

    /** The eight groups of an IPv6 literal without leading zeros (seven and a dotted quad for a mapped address). */
    private static @Nullable List<String> groups(String text) {
        int compressed = text.indexOf("::");
        if (compressed != text.lastIndexOf("::")) {
            return null;
        }
        List<String> head = split(compressed < 0 ? text : text.substring(0, compressed));
        List<String> tail = compressed < 0 ? List.of() : split(text.substring(compressed + 2));
        if (head == null || tail == null) {
            return null;
        }
        boolean dotted = !(compressed < 0 ? head : tail).isEmpty()
                && (compressed < 0 ? head : tail).getLast().contains(".");
        int wanted = dotted ? 7 : 8;
        int missing = wanted - head.size() - tail.size();
        if (compressed < 0 ? missing != 0 : missing < 1) {
            return null;
        }
        List<String> groups = new ArrayList<>(head);
        for (int i = 0; i < missing; i++) {
            groups.add("0");
        }
        groups.addAll(tail);
        return groups;
    }

    private static @Nullable List<String> split(String part) {
        List<String> groups = new ArrayList<>();
        if (part.isEmpty()) {
            return groups;
        }
        for (String group : part.split(":", -1)) {
            if (group.contains(".")) {
                if (!group.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
                    return null;
                }
                groups.add(group);
            } else if (group.matches("[0-9a-f]{1,4}")) {
                groups.add(Integer.toHexString(Integer.parseInt(group, 16)));
            } else {
                return null;
            }
        }
        return groups;
    }
}
