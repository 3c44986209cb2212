package vn.motcua.platform.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Errors Spring raises before one of our controllers is chosen, so {@link ApiProblemHandler} (bound to
 * them) never sees them and the answer would be Spring Boot's English error JSON, or a 500 for a
 * multipart body the container cannot parse (a file name with a NUL byte). For {@code /api/**}
 * they are problem+json too; uploads everywhere.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UnroutedRequestProblems {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        return ApiProblemHandler.problem(HttpStatus.PAYLOAD_TOO_LARGE, SpringProblems.uploadTooLarge(e));
    }

    @ExceptionHandler(MultipartException.class)
    ProblemDetail unreadableUpload(MultipartException e) {
        return ApiProblemHandler.problem(HttpStatus.BAD_REQUEST,
                "Nội dung tải lên (multipart) không đọc được: tên tệp hoặc định dạng không hợp lệ.");
    }

    @ExceptionHandler({HttpMediaTypeNotAcceptableException.class, HttpMediaTypeNotSupportedException.class,
            HttpRequestMethodNotSupportedException.class, NoResourceFoundException.class})
    ProblemDetail unrouted(Exception e, HttpServletRequest request) throws Exception {
        if (!request.getRequestURI().startsWith("/api/")) {
            throw e; // pages keep Spring Boot's error page
        }
        HttpStatusCode status = e instanceof ErrorResponse response ? response.getStatusCode()
                : HttpStatus.BAD_REQUEST;
        return ApiProblemHandler.problem(status, SpringProblems.detail(e, status));
    }
}
