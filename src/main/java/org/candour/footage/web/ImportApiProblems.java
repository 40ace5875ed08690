package org.candour.footage.web;

import org.candour.footage.UnreadableImportException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Problem details (RFC 9457) for the import API: unreadable input, wrong media type and the like. */
@RestControllerAdvice(assignableTypes = RecordingImportController.class)
class ImportApiProblems extends ResponseEntityExceptionHandler {

    @ExceptionHandler(UnreadableImportException.class)
    ProblemDetail unreadable(UnreadableImportException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setTitle("The input cannot be imported");
        return problem;
    }
}
