package org.candour.footage.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The machine import endpoint over real HTTP: bearer token, CSV and JSON lines, problem details. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FootageImportApiIT {

    private static final String KEY = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Value("${candour.footage.import.token}")
    String token;

    private final HttpClient http = HttpClient.newHttpClient();
    private final String id = "API-" + UUID.randomUUID().toString().substring(0, 8);

    private HttpResponse<String> post(String contentType, String body, String authorization) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/footage/recordings"))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        if (!authorization.isEmpty()) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String csv() {
        return "recording_id,camera_id,borough_code,start,end,category,evidential,officer_key\n"
                + id + "-1,CAM-1,E09000022,2026-11-20T21:00:00Z,2026-11-20T21:10:00Z,arrest,true," + KEY + "\n"
                + id + "-2,CAM-1,E09000001,2026-11-20T21:00:00Z,2026-11-20T21:10:00Z,arrest,true," + KEY + "\n";
    }

    @Test
    void withoutTheTokenOrWithAWrongOneTheCallIsRefusedAndNothingIsImported() throws Exception {
        for (String authorization : new String[] {"", "Bearer wrong-token", "Basic " + token, token}) {
            var response = post("text/csv", csv(), authorization);
            assertThat(response.statusCode()).as(authorization).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    value -> assertThat(value).startsWith("Bearer"));
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    value -> assertThat(value).startsWith("application/problem+json"));
        }
        var report = post("text/csv", csv(), "Bearer " + token);
        assertThat(JSON.readTree(report.body()).get("inserted").asLong()).isEqualTo(1);
    }

    @Test
    void aCsvBatchIsImportedAndAnsweredWithTheReportWithoutASession() throws Exception {
        var response = post("text/csv", csv(), "Bearer " + token);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        JsonNode report = JSON.readTree(response.body());
        assertThat(report.get("rowsRead").asLong()).isEqualTo(2);
        assertThat(report.get("inserted").asLong()).isEqualTo(1);
        assertThat(report.get("rejected").asLong()).isEqualTo(1);
        assertThat(report.get("errors").get(0).get("line").asLong()).isEqualTo(3);
        assertThat(report.get("errors").get(0).get("reason").asString()).contains("City of London");

        var again = JSON.readTree(post("text/csv", csv(), "Bearer " + token).body());
        assertThat(again.get("unchanged").asLong()).isEqualTo(1);
        assertThat(again.get("inserted").asLong()).isZero();
    }

    @Test
    void jsonLinesAreAccepted() throws Exception {
        String line = "{\"recording_id\":\"" + id + "-J\",\"camera_id\":\"CAM-1\",\"borough_code\":\"E09000022\","
                + "\"start\":\"2026-11-20T21:00:00Z\",\"end\":\"2026-11-20T21:10:00Z\",\"category\":\"other\","
                + "\"evidential\":false,\"officer_key\":\"" + KEY + "\"}\n";

        var response = post("application/x-ndjson", line, "Bearer " + token);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("inserted").asLong()).isEqualTo(1);
    }

    @Test
    void unreadableInputIsAProblemAndAnUnknownMediaTypeIsRefused() throws Exception {
        var unreadable = post("text/csv", "recording_id,start\nR1,2026-11-20T21:00:00Z\n", "Bearer " + token);
        assertThat(unreadable.statusCode()).isEqualTo(422);
        assertThat(unreadable.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(unreadable.body()).get("detail").asString()).contains("camera_id");

        var wrongType = post("application/xml", "<recordings/>", "Bearer " + token);
        assertThat(wrongType.statusCode()).isEqualTo(415);
        assertThat(wrongType.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }
}
