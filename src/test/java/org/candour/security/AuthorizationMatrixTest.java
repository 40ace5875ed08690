package org.candour.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Every role (anonymous included) against every route of the portal, checked with Vaadin's own access rules. A new
 * route fails this test until its row is added, so nobody adds a page without deciding who may open it.
 */
class AuthorizationMatrixTest {

    enum Who { ANONYMOUS, CASEWORKER, SUPERVISOR, OVERSIGHT, ADMIN, MONITORING }

    private static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    private static final Set<Who> STAFF = EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS));
    private static final Set<Who> CASEWORK = EnumSet.of(Who.CASEWORKER, Who.SUPERVISOR, Who.ADMIN);

    private static final Map<String, Set<Who>> MATRIX = new TreeMap<>(Map.ofEntries(
            Map.entry("", EVERYONE),
            Map.entry("request-footage", EVERYONE),
            Map.entry("request-footage/about-you", EVERYONE),
            Map.entry("request-footage/identity-documents", EVERYONE),
            Map.entry("request-footage/incident", EVERYONE),
            Map.entry("request-footage/what-happened", EVERYONE),
            Map.entry("request-footage/what-you-want", EVERYONE),
            Map.entry("request-footage/declaration", EVERYONE),
            Map.entry("request-footage/check-answers", EVERYONE),
            Map.entry("request-footage/confirmation", EVERYONE),
            Map.entry("track", EVERYONE),
            Map.entry("track/lost-secret", EVERYONE),
            Map.entry("track/new-secret", EVERYONE),
            Map.entry("statistics", EVERYONE),
            Map.entry("statistics/boroughs/:code", EVERYONE),
            Map.entry("statistics/league", EVERYONE),
            Map.entry("statistics/compare", EVERYONE),
            Map.entry("statistics/methodology", EVERYONE),
            Map.entry("statistics/calendar", EVERYONE),
            Map.entry("privacy", EVERYONE),
            Map.entry("accessibility", EVERYONE),
            Map.entry("contact", EVERYONE),
            Map.entry("cookies", EVERYONE),
            Map.entry("staff/statistics", EnumSet.of(Who.ADMIN)),
            Map.entry("login", EVERYONE),
            Map.entry("staff", STAFF),
            Map.entry("staff/two-factor", STAFF),
            Map.entry("staff/search", CASEWORK),
            Map.entry("staff/analytics", CASEWORK),
            Map.entry("staff/complaint-links", EnumSet.of(Who.SUPERVISOR)),
            Map.entry("staff/complaint-bodies", EnumSet.of(Who.ADMIN)),
            Map.entry("staff/search/index", EnumSet.of(Who.ADMIN)),
            Map.entry("staff/accounts", EnumSet.of(Who.ADMIN)),
            Map.entry("staff/accounts/new", EnumSet.of(Who.ADMIN)),
            Map.entry("staff/accounts/:id([0-9a-f-]{36})", EnumSet.of(Who.ADMIN)),
            Map.entry("staff/queue", CASEWORK),
            Map.entry("staff/requests/:reference", CASEWORK),
            Map.entry("staff/requests/:reference/footage", EnumSet.of(Who.CASEWORKER, Who.SUPERVISOR)),
            Map.entry("staff/requests/:reference/footage/:original/redaction",
                    EnumSet.of(Who.CASEWORKER, Who.SUPERVISOR)),
            Map.entry("staff/oversight", EnumSet.of(Who.OVERSIGHT)),
            Map.entry("staff/footage/import", EnumSet.of(Who.ADMIN)),
            Map.entry("staff/audit", EnumSet.of(Who.ADMIN)),
            Map.entry("staff/erasure", EnumSet.of(Who.ADMIN)),
            Map.entry("staff/demo-mailbox", EnumSet.of(Who.ADMIN))));

    private final AccessAnnotationChecker checker = new AccessAnnotationChecker();

    @Test
    void everyRouteIsInTheMatrixAndEveryRoleOpensExactlyWhatTheMatrixSays() {
        Map<String, Class<?>> routes = routes();
        assertThat(routes.keySet()).as("routes without a row in the matrix, or rows without a route")
                .containsExactlyInAnyOrderElementsOf(MATRIX.keySet());
        routes.forEach((path, view) -> {
            for (Who who : Who.values()) {
                assertThat(checker.hasAccess(view, principal(who), role -> who.name().equals(role)))
                        .as("%s opening /%s", who, path).isEqualTo(MATRIX.get(path).contains(who));
            }
        });
    }

    private static Principal principal(Who who) {
        return who == Who.ANONYMOUS ? null : () -> who.name().toLowerCase();
    }

    private static Map<String, Class<?>> routes() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        return scanner.findCandidateComponents("org.candour").stream().map(definition -> load(definition
                .getBeanClassName())).collect(Collectors.toMap(AuthorizationMatrixTest::path, view -> view));
    }

    private static String path(Class<?> view) {
        String value = view.getAnnotation(Route.class).value();
        return value.startsWith("___") ? "" : value; // Route's default marker means "derived from the class name"
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
