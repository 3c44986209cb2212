package vn.motcua.platform.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonMappingException;

import org.camunda.bpm.engine.AuthorizationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;

import vn.motcua.platform.engine.RefusedEngineRequest;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of our API (the {@code @RestController}s; pages get the error page) as RFC 7807 problem+json with a Vietnamese {@code detail} an officer can act
 * on. Bad input is a 4xx; anything unexpected is a 500 that says nothing of the internals (the log
 * keeps the cause under a reference the answer carries).
 */
@RestControllerAdvice(annotations = RestController.class)
public class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalid(InvalidRequestException e) {
        return problem(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(NoSuchElementException.class)
    ProblemDetail notFound(NoSuchElementException e) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationException.class})
    ProblemDetail forbidden(RuntimeException e) {
        return problem(HttpStatus.FORBIDDEN, "Tài khoản không có quyền thực hiện thao tác này.");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        var refused = RefusedEngineRequest.in(e);
        if (refused.isPresent()) {
            // a platform rule inside the engine refused what our own API started (the transaction rolled back)
            return problem(HttpStatus.valueOf(refused.get().status()), refused.get().getMessage());
        }
        String reference = UUID.randomUUID().toString();
        log.error("MOTCUA-API-500 unexpected error, reference {}", reference, e);
        ProblemDetail problem = problem(HttpStatus.INTERNAL_SERVER_ERROR,
                "Hệ thống gặp lỗi không mong muốn. Mã tham chiếu: " + reference);
        problem.setProperty("reference", reference);
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (ex.getCause() instanceof WellFormedText.IllFormedText illFormed) {
            return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST,
                    illFormedDetail(illFormed.getPath(), illFormed.inKey())));
        }
        if (WellFormedText.isBrokenName(ex.getCause())) {
            return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, illFormedDetail(
                    ex.getCause() instanceof JsonMappingException mapping ? mapping.getPath() : List.of(), true)));
        }
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST,
                "Nội dung yêu cầu không đọc được: JSON sai cú pháp hoặc sai kiểu dữ liệu."));
    }

    /** Names the field by its path in the body as sent ({@code applicant.name}, {@code days[0].name}, {@code details.x}). */
    private static String illFormedDetail(List<JsonMappingException.Reference> path, boolean inKey) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference step : path) {
            if (step.getFieldName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                field.append('[').append(step.getIndex()).append(']');
            }
        }
        String shown = field.length() > 60 ? field.substring(0, 60) + "…" : field.toString();
        if (shown.isEmpty()) {
            return "Nội dung yêu cầu chứa ký tự không hợp lệ (ký tự NUL hoặc Unicode hỏng).";
        }
        return inKey ? "Trường \"" + shown + "\" có tên trường con chứa ký tự không hợp lệ (ký tự NUL hoặc Unicode hỏng)."
                : WellFormedText.refusal(shown);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        ex.getBindingResult().getFieldErrors().forEach(error -> fields.putIfAbsent(error.getField(),
                error.getDefaultMessage()));
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Dữ liệu chưa hợp lệ: " + String.join("; ",
                fields.entrySet().stream().map(entry -> entry.getKey() + " " + entry.getValue()).toList()));
        problem.setProperty("errors", fields);
        return ResponseEntity.badRequest().body(problem);
    }

    /**
     * Spring's own 4xx (wrong method, media type, missing or mistyped parameter, oversized upload…) keep
     * their status but get a Vietnamese detail instead of Spring's English one.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> answer = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (answer != null && answer.getBody() instanceof ProblemDetail problem && !SpringProblems.isVietnamese(problem.getDetail())) {
            problem.setDetail(SpringProblems.detail(ex, statusCode));
        }
        return answer;
    }

    static ProblemDetail problem(HttpStatusCode status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("about:blank"));
        return problem;
    }
}
