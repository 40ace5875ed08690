package org.candour.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** A running portal on a random port and a fresh headless browser per test; a screenshot is kept on failure. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTest {

    @LocalServerPort
    int port;

    protected Browser browser;

    /** Runs right after the test method, before {@code @AfterEach} closes the browser. */
    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = context -> {
        if (context.getExecutionException().isPresent() && browser != null) {
            browser.screenshot("FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName());
        }
    };

    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> securityStrategy;

    /**
     * Each application context sets Spring Security's static holder to its own (Vaadin's) strategy when it starts, so
     * the context started last would own it; services that read the static holder (a file served outside Vaadin, say)
     * would then find nobody signed in. The context this test talks to takes it back first.
     */
    @BeforeEach
    void useThisContextsSecurityStrategy() {
        securityStrategy.ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    @BeforeEach
    void openBrowser() {
        browser = new Browser(port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }
}
