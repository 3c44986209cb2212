package vn.motcua.platform.web;

import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** The Vietnamese detail of the errors Spring MVC answers itself, by exception and status. */
final class SpringProblems {

    private static final Pattern VIETNAMESE = Pattern.compile(
            "[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđĐ]");

    private SpringProblems() {
    }

    static boolean isVietnamese(String detail) {
        return detail != null && VIETNAMESE.matcher(detail).find();
    }

    static String detail(Exception ex, HttpStatusCode status) {
        if (ex instanceof MaxUploadSizeExceededException e) {
            return uploadTooLarge(e);
        } else if (ex instanceof HttpRequestMethodNotSupportedException e) {
            return "Phương thức " + e.getMethod() + " không dùng được ở địa chỉ này.";
        } else if (ex instanceof HttpMediaTypeNotSupportedException e) {
            return "Kiểu nội dung " + e.getContentType() + " không được hỗ trợ ở địa chỉ này.";
        } else if (ex instanceof HttpMediaTypeNotAcceptableException) {
            return "Không thể trả kết quả theo kiểu nội dung yêu cầu (Accept).";
        } else if (ex instanceof MissingServletRequestParameterException e) {
            return "Thiếu tham số \"" + e.getParameterName() + "\".";
        } else if (ex instanceof MissingServletRequestPartException e) {
            return "Thiếu phần \"" + e.getRequestPartName() + "\" của nội dung tải lên.";
        } else if (ex instanceof MissingRequestHeaderException e) {
            return "Thiếu tiêu đề \"" + e.getHeaderName() + "\".";
        } else if (ex instanceof MissingPathVariableException e) {
            return "Thiếu giá trị \"" + e.getVariableName() + "\" trong địa chỉ.";
        } else if (ex instanceof TypeMismatchException e && e.getCause() instanceof WellFormedParameters.IllFormedParameter) {
            return "Tham số \"" + e.getPropertyName() + "\" chứa ký tự không hợp lệ (ký tự NUL hoặc Unicode hỏng).";
        } else if (ex instanceof TypeMismatchException e) {
            return "Giá trị của \"" + e.getPropertyName() + "\" sai kiểu dữ liệu.";
        } else if (ex instanceof HandlerMethodValidationException e) {
            String names = e.getParameterValidationResults().stream()
                    .map(result -> result.getMethodParameter().getParameterName()).filter(Objects::nonNull)
                    .distinct().map(name -> "\"" + name + "\"").collect(Collectors.joining(", "));
            return names.isEmpty() ? "Tham số của yêu cầu chưa hợp lệ."
                    : "Giá trị của tham số " + names + " không hợp lệ.";
        } else if (ex instanceof NoResourceFoundException || status.value() == 404) {
            return "Không tìm thấy địa chỉ yêu cầu.";
        } else if (ex instanceof MultipartException) {
            return "Nội dung tải lên (multipart) không đọc được.";
        } else if (status.value() == 413) {
            return "Nội dung yêu cầu quá lớn.";
        }
        return "Yêu cầu không hợp lệ (mã " + status.value() + ").";
    }

    static String uploadTooLarge(MaxUploadSizeExceededException e) {
        return e.getMaxUploadSize() > 0
                ? "Tệp tải lên vượt quá dung lượng cho phép (" + (e.getMaxUploadSize() / (1024 * 1024)) + " MB)."
                : "Tệp tải lên vượt quá dung lượng cho phép.";
    }
}
