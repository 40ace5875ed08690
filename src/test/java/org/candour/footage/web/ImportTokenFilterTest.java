package org.candour.footage.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The filter authenticates in its application context's strategy: with several contexts in one JVM (tests) the
 * static holder belongs to another context, and the chain's authorisation would not see the token.
 */
class ImportTokenFilterTest {

    private static final String TOKEN = "a-token-of-at-least-thirty-two-characters";

    private final SecurityContextHolderStrategy applicationContexts = new VaadinAwareSecurityContextHolderStrategy();
    private final ImportTokenFilter filter = new ImportTokenFilter(ImportToken.configured(TOKEN, ""),
            applicationContexts);

    @AfterEach
    void clear() {
        applicationContexts.clearContext();
        SecurityContextHolder.clearContext();
    }

    private void filter(String authorization) throws Exception {
        var request = new MockHttpServletRequest("POST", "/api/v1/footage/recordings");
        request.addHeader("Authorization", authorization);
        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
    }

    @Test
    void theRightBearerTokenAuthenticatesTheEvidenceSystemInTheGivenStrategyOnly() throws Exception {
        filter("Bearer " + TOKEN);

        var authentication = applicationContexts.getContext().getAuthentication();
        assertThat(authentication).isNotNull();
        assertThat(authentication.getAuthorities()).extracting(a -> a.getAuthority())
                .containsExactly(ImportTokenFilter.AUTHORITY);
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void aWrongTokenOrAnotherSchemeLeavesTheCallAnonymous() throws Exception {
        for (String authorization : new String[] {"Bearer wrong", "Basic " + TOKEN, TOKEN}) {
            filter(authorization);
            assertThat(applicationContexts.getContext().getAuthentication()).as(authorization).isNull();
        }
    }
}
