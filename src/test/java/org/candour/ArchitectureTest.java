package org.candour;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.members;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.properties.HasAnnotations;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.component.Component;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.candour.identity.NewStaffAccount;
import org.candour.identity.Role;
import org.candour.identity.StaffAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;

/**
 * Architecture rules, each stated in words in its failure message. A module is a package directly below
 * {@code org.candour}; its root package is its API, its sub-packages ({@code domain}, {@code internal}, {@code ui},
 * {@code web}, ...) are its own. {@link ModularityTest} verifies the same module boundaries with Spring Modulith.
 */
class ArchitectureTest {

    private static final String ROOT = "org.candour";

    /** Modules that every module may use in full: {@code shared} is declared open in its package-info. */
    private static final Set<String> OPEN_MODULES = Set.of("shared");

    /**
     * Temporary: the requests API takes or returns these types of {@code requests.domain}. StatutoryDeadline is being
     * moved into the {@code org.candour.requests} API package (with RequestState, ClockStatus, Urgency and
     * FootageRetention); the others have to follow. Each entry goes when its type has moved; the list must not grow.
     */
    private static final Set<String> REQUESTS_DOMAIN_TYPES_STILL_IN_THE_API = Set.of(
            "org.candour.requests.domain.StatutoryDeadline",
            "org.candour.requests.domain.AccessPreference",
            "org.candour.requests.domain.CaseAction",
            "org.candour.requests.domain.Decision",
            "org.candour.requests.domain.NewDocument",
            "org.candour.requests.domain.NoFootageReason",
            "org.candour.requests.domain.RestrictionGround");

    /** A role named by a string literal in {@code @RolesAllowed(...)}, {@code hasRole(...)} or the like. */
    private static final Pattern ROLE_LITERAL = Pattern.compile("@RolesAllowed\\s*\\([^)]*\""
            + "|\\bhas(?:Any)?Role\\s*\\([^)]*\"|\\bhas(?:Any)?Authority\\s*\\([^)]*\"ROLE_");

    private static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void viewsNeverUseRepositoriesJdbcOrTheEntityManager() {
        noClasses().that().resideInAPackage("..ui..").or().areAssignableTo(Component.class)
                .should().dependOnClassesThat(assignableTo(Repository.class)
                        .or(assignableTo(JdbcOperations.class))
                        .or(assignableTo(NamedParameterJdbcOperations.class))
                        .or(assignableTo(EntityManager.class)))
                .as("Views (classes in ui packages, and Vaadin components) never use Spring Data repositories, "
                        + "JdbcTemplate, NamedParameterJdbcTemplate or the EntityManager: they call application "
                        + "services")
                .check(MAIN_CLASSES);
    }

    @Test
    void administratorsPagesOpenAccountsOnlyForApproval() {
        noClasses().that().resideInAnyPackage("..ui..", "..web..")
                .should().callMethod(StaffAccounts.class, "open", NewStaffAccount.class)
                .as("Pages and APIs open staff accounts with StaffAccounts.openForApproval, so that a role that "
                        + "reads personal data waits for a second administrator; StaffAccounts.open is for the "
                        + "first administrator's bootstrap, the demo accounts and tests")
                .check(MAIN_CLASSES);
    }

    @Test
    void aModuleUsesAnotherModuleOnlyThroughItsApiPackage() {
        classes().that().resideInAPackage(ROOT + ".*..")
                .should(useOtherModulesOnlyThroughTheirApiPackage())
                .as("A module uses another module only through that module's API, its root package "
                        + "org.candour.<module>, never through its sub-packages (domain, internal, ui, web, ...); "
                        + "open modules " + OPEN_MODULES + " excepted")
                .check(MAIN_CLASSES);
    }

    @Test
    void aModuleApiDoesNotHandOutTheModulesOwnTypes() {
        members().that(arePublicMembersOfAPublicApiClass())
                .should(notHaveTheirModulesPrivateTypesInTheirSignature())
                .as("A module's API (public members of public classes in its root package) does not take or "
                        + "return types of the module's sub-packages, or other modules would depend on them")
                .check(MAIN_CLASSES);
    }

    @Test
    void everyRolesAllowedNamesRoles() {
        classes().should(onlyAllowRolesOfTheRoleEnum())
                .as("Every @RolesAllowed names roles of org.candour.identity.Role")
                .check(MAIN_CLASSES);
    }

    /**
     * ArchUnit sees an annotation's value, not whether the source wrote a constant or a literal; this reads the
     * source so that role literals cannot come back.
     */
    @Test
    void rolesAreNamedByConstantsNotStringLiterals() throws IOException {
        assertThat(roleLiterals(Path.of("src/main/java")))
                .as("Roles are named by the constants of org.candour.identity.Roles, never by string literals, "
                        + "in @RolesAllowed and hasRole/hasAnyRole/hasAuthority calls; literals found at")
                .isEmpty();
    }

    private static ArchCondition<JavaClass> useOtherModulesOnlyThroughTheirApiPackage() {
        return new ArchCondition<>("use other modules only through their API package") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<String> module = module(origin);
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    Optional<String> targetModule = module(target);
                    if (targetModule.isPresent() && !targetModule.equals(module)
                            && !OPEN_MODULES.contains(targetModule.get()) && !isApi(target)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static DescribedPredicate<JavaMember> arePublicMembersOfAPublicApiClass() {
        return DescribedPredicate.describe("are public members of a public API class", member ->
                member.getModifiers().contains(JavaModifier.PUBLIC)
                        && member.getOwner().getModifiers().contains(JavaModifier.PUBLIC)
                        && isApi(member.getOwner()));
    }

    private static ArchCondition<JavaMember> notHaveTheirModulesPrivateTypesInTheirSignature() {
        return new ArchCondition<>("not have their module's private types in their signature") {
            @Override
            public void check(JavaMember member, ConditionEvents events) {
                List<JavaType> signature = new ArrayList<>();
                if (member instanceof JavaField field) {
                    signature.add(field.getType());
                } else if (member instanceof JavaCodeUnit codeUnit) {
                    signature.add(codeUnit.getReturnType());
                    signature.addAll(codeUnit.getParameterTypes());
                }
                signature.stream().flatMap(type -> type.getAllInvolvedRawTypes().stream()).distinct()
                        .filter(type -> module(type).equals(module(member.getOwner())) && !isApi(type))
                        .filter(type -> !REQUESTS_DOMAIN_TYPES_STILL_IN_THE_API.contains(type.getName()))
                        .forEach(type -> events.add(SimpleConditionEvent.violated(member,
                                member.getFullName() + " hands out " + type.getName())));
            }
        };
    }

    private static ArchCondition<JavaClass> onlyAllowRolesOfTheRoleEnum() {
        Set<String> roles = Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toSet());
        return new ArchCondition<>("only allow roles of the Role enum") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                checkRolesAllowed(javaClass, javaClass.getDescription(), roles, events);
                javaClass.getMethods().forEach(method ->
                        checkRolesAllowed(method, method.getDescription(), roles, events));
            }
        };
    }

    private static void checkRolesAllowed(HasAnnotations<?> annotated, String description, Set<String> roles,
            ConditionEvents events) {
        annotated.tryGetAnnotationOfType(RolesAllowed.class).ifPresent(rolesAllowed -> {
            for (String role : rolesAllowed.value()) {
                if (!roles.contains(role)) {
                    events.add(SimpleConditionEvent.violated(annotated,
                            description + " allows \"" + role + "\", which is not a Role"));
                }
            }
        });
    }

    /** The module a class belongs to: its package directly below org.candour, if any. */
    private static Optional<String> module(JavaClass javaClass) {
        String name = javaClass.getPackageName();
        return name.startsWith(ROOT + ".")
                ? Optional.of(name.substring(ROOT.length() + 1).split("\\.")[0])
                : Optional.empty();
    }

    /** Whether a class is in its module's root package, the module's API. */
    private static boolean isApi(JavaClass javaClass) {
        return module(javaClass).map(module -> javaClass.getPackageName().equals(ROOT + "." + module))
                .orElse(false);
    }

    static List<String> roleLiterals(Path sources) throws IOException {
        try (Stream<Path> files = Files.walk(sources)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .flatMap(file -> roleLiteralsIn(sources, file).stream())
                    .toList();
        }
    }

    private static List<String> roleLiteralsIn(Path sources, Path file) {
        String source;
        try {
            source = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> found = new ArrayList<>();
        Matcher matcher = ROLE_LITERAL.matcher(source);
        while (matcher.find()) {
            long line = source.substring(0, matcher.start()).chars().filter(c -> c == '\n').count() + 1;
            found.add(sources.relativize(file) + ":" + line + ": " + matcher.group().replaceAll("\\s+", " "));
        }
        return found;
    }
}
