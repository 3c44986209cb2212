package vn.motcua.design.configuration;

import java.util.List;

import vn.motcua.design.configuration.ProcedureAdministration.FieldError;

/** A configuration refused before anything is generated or deployed (answered 400 with every error). */
class ConfigurationRefused extends RuntimeException {

    private final transient List<FieldError> errors;

    ConfigurationRefused(List<FieldError> errors) {
        super("Cấu hình chưa hợp lệ: " + String.join("; ", errors.stream().map(FieldError::message).toList()));
        this.errors = List.copyOf(errors);
    }

    List<FieldError> errors() {
        return errors;
    }
}
