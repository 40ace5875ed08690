package org.candour.disclosure.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.candour.support.TestSecurity.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.UUID;
import org.candour.audit.AuditFilter;
import org.candour.audit.AuditLog;
import org.candour.disclosure.FootageAudited;
import org.candour.disclosure.FootageFile;
import org.candour.disclosure.FootageFiles;
import org.candour.footage.FootageImportService;
import org.candour.identity.Role;
import org.candour.identity.Roles;
import org.candour.requests.CaseworkService;
import org.candour.requests.RequestFilingService;
import org.candour.support.ClockTestConfiguration;
import org.candour.support.MutableClock;
import org.candour.support.TestCases;
import org.candour.support.TestClips;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Staff preview over HTTP with the real security chain: exactly the right bytes for each range (across 16 KB chunk
 * boundaries), 416 for a range past the end, the headers a player needs, refusal for other roles, and one audit
 * entry per view.
 */
@SpringBootTest(properties = {"candour.disclosure.storage-dir=target/test-footage/it",
        "candour.disclosure.max-upload-size=400KB", "candour.disclosure.chunk-size=16KB"})
@Import(ClockTestConfiguration.class)
class FootagePreviewIT {

    private static final int CHUNK = 16 * 1024;
    private static Path clip;
    private static byte[] plain;

    @Autowired
    WebApplicationContext context;
    @Autowired
    FootageFiles files;
    @Autowired
    RequestFilingService filing;
    @Autowired
    CaseworkService casework;
    @Autowired
    FootageImportService imports;
    @Autowired
    AuditLog audit;
    @Autowired
    MutableClock clock;

    private MockMvc mvc;
    private FootageFile stored;

    @BeforeAll
    static void makeAClip() throws IOException {
        clip = TestClips.mp4(320, 240, 2);
        plain = Files.readAllBytes(clip);
    }

    @BeforeEach
    void storeAClip() throws IOException {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        var request = TestCases.withRecording(filing, casework, imports, clock);
        try (var in = Files.newInputStream(clip)) {
            stored = as("casey", Role.CASEWORKER, () -> files.attachOriginal(request.reference(),
                    request.recordingId(), "clip.mp4", in));
        }
        assertThat(plain.length).as("the clip spans several chunks").isGreaterThan(3 * CHUNK);
    }

    @Test
    void theFirstBytes() throws Exception {
        var response = fetch("bytes=0-99", Roles.CASEWORKER);
        assertPartial(response, 0, 99);
    }

    @Test
    void theMiddleAcrossAChunkBoundary() throws Exception {
        var response = fetch("bytes=" + (CHUNK - 10) + "-" + (2 * CHUNK + 9), Roles.SUPERVISOR);
        assertPartial(response, CHUNK - 10, 2 * CHUNK + 9);
    }

    @Test
    void theLastBytesBySuffix() throws Exception {
        var response = fetch("bytes=-500", Roles.CASEWORKER);
        assertPartial(response, plain.length - 500, plain.length - 1);
    }

    @Test
    void theWholeFileWithoutARange() throws Exception {
        var response = fetch(null, Roles.CASEWORKER);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsByteArray()).isEqualTo(plain);
        assertThat(response.getHeader("Accept-Ranges")).isEqualTo("bytes");
        assertThat(response.getContentType()).isEqualTo("video/mp4");
    }

    @Test
    void aRangePastTheEndIs416() throws Exception {
        var response = fetch("bytes=" + plain.length + "-", Roles.CASEWORKER);
        assertThat(response.getStatus()).isEqualTo(416);
        assertThat(response.getHeader("Content-Range")).isEqualTo("bytes */" + plain.length);
        assertThat(response.getContentAsByteArray()).isEmpty();
    }

    @Test
    void otherRolesAndStrangersAreRefused() throws Exception {
        for (String role : new String[] {Roles.OVERSIGHT, Roles.ADMIN, Roles.MONITORING}) {
            assertThat(fetch("bytes=0-99", role).getStatus()).as(role).isEqualTo(403);
        }
        var anonymous = mvc.perform(get(path(stored.id())).header("Range", "bytes=0-99")).andReturn().getResponse();
        assertThat(anonymous.getStatus()).isEqualTo(401);
        assertThat(anonymous.getContentAsString()).isEqualTo("{\"status\":401,\"error\":\"Unauthorized\"}");
    }

    @Test
    void aFileThatIsNotThereIs404() throws Exception {
        assertThat(mvc.perform(get(path(UUID.randomUUID())).with(user("casey").roles(Roles.CASEWORKER)))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get(FootagePreviewController.PATH + "/not-an-id")
                .with(user("casey").roles(Roles.CASEWORKER))).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aViewIsAuditedOnceNotForEverySeek() throws Exception {
        fetch("bytes=0-", Roles.CASEWORKER);
        fetch("bytes=" + CHUNK + "-", Roles.CASEWORKER);
        fetch("bytes=-100", Roles.CASEWORKER);
        var views = audit.list(new AuditFilter(stored.requestReference(), ""), PageRequest.of(0, 50)).getContent()
                .stream().filter(entry -> entry.action().equals(FootageAudited.VIEWED)).toList();
        assertThat(views).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("viewer");
            assertThat(entry.details()).contains(stored.id().toString(), stored.sha256());
        });
    }

    private void assertPartial(MockHttpServletResponse response, int first, int last) {
        assertThat(response.getStatus()).isEqualTo(206);
        assertThat(response.getHeader("Content-Range")).isEqualTo("bytes " + first + "-" + last + "/" + plain.length);
        assertThat(response.getContentAsByteArray()).isEqualTo(Arrays.copyOfRange(plain, first, last + 1));
        assertThat(response.getHeader("Content-Length")).isEqualTo(String.valueOf(last - first + 1));
        assertThat(response.getHeader("Accept-Ranges")).isEqualTo("bytes");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(response.getContentType()).isEqualTo("video/mp4");
    }

    private MockHttpServletResponse fetch(String range, String role) throws Exception {
        MockHttpServletRequestBuilder request = get(path(stored.id())).with(user("viewer").roles(role));
        if (range != null) {
            request = request.header("Range", range);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static String path(UUID id) {
        return FootagePreviewController.PATH + "/" + id;
    }
}
