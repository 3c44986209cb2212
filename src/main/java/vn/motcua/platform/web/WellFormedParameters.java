package vn.motcua.platform.web;

import java.beans.PropertyEditorSupport;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.RestController;

/**
 * The same rule as {@link WellFormedText} for text bound from the URL: query parameters, path variables
 * and headers bound to a String ({@code ?unit=a%00b} reached PostgreSQL, which refuses a NUL: a 500). The
 * refusal is a 400 naming the parameter ({@link SpringProblems}).
 */
@ControllerAdvice(annotations = RestController.class)
class WellFormedParameters {

    @InitBinder
    void refuseIllFormedText(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                if (!WellFormedText.isWellFormed(text)) {
                    throw new IllFormedParameter();
                }
                setValue(text);
            }
        });
    }

    /** What the editor throws; Spring wraps it in a type mismatch for the parameter. */
    static final class IllFormedParameter extends IllegalArgumentException {
        IllFormedParameter() {
            super("Text with a NUL or an unpaired surrogate");
        }
    }
}
