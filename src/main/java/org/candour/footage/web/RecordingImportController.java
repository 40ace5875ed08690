package org.candour.footage.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.InputStream;
import java.util.List;
import org.candour.footage.FootageImportService;
import org.candour.footage.ImportProgress;
import org.candour.footage.ImportReport;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Machine-to-machine batches from the digital evidence management system: POST a CSV file ({@code text/csv}) or
 * JSON lines ({@code application/x-ndjson}) with the import token as a bearer token; the answer is the import
 * report. The body is read as a stream, so a batch can be large.
 */
@RestController
@RequestMapping(RecordingImportController.PATH)
class RecordingImportController {

    static final String PATH = "/api/v1/footage/recordings";

    private static final List<MediaType> SUPPORTED = List.of(MediaType.parseMediaType("text/csv"),
            MediaType.APPLICATION_NDJSON, MediaType.parseMediaType("application/jsonl"));

    private final FootageImportService imports;

    RecordingImportController(FootageImportService imports) {
        this.imports = imports;
    }

    @PostMapping(consumes = "text/csv", produces = "application/json")
    ImportReport importCsv(InputStream body) {
        return imports.importCsv(body, ImportProgress.Listener.NONE);
    }

    @PostMapping(consumes = {"application/x-ndjson", "application/jsonl"}, produces = "application/json")
    ImportReport importJsonLines(InputStream body) {
        return imports.importJsonLines(body, ImportProgress.Listener.NONE);
    }

    /**
     * Anything else is answered here with a problem, rather than by the servlet error page, which belongs to the
     * browser side of the portal.
     */
    @RequestMapping
    void refuse(HttpServletRequest request) throws Exception {
        if (!HttpMethod.POST.matches(request.getMethod())) {
            throw new HttpRequestMethodNotSupportedException(request.getMethod(), List.of("POST"));
        }
        throw new HttpMediaTypeNotSupportedException(request.getContentType() == null ? null
                : MediaType.parseMediaType(request.getContentType()), SUPPORTED);
    }
}
