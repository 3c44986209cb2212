package vn.motcua.platform.engineapi;

import java.util.Map;

/**
 * The communes and wards of the province as the organization knows them today: a form field with
 * {@code "valuesKey": "communes"} (where the applicant resides, where the business or the land lies) offers
 * exactly these, and a submitted value must be one of them. A commune added to the unit tree is offered at once,
 * with no change to any form, BPMN or DMN.
 */
public interface ProvinceCommunes {

    /** The input-data key a form names in such a field. */
    String VALUES_KEY = "communes";

    /** The code of each commune's People's Committee to the name an applicant reads ("Phường Tân Định"), by name. */
    Map<String, String> all();

    /** Whether the code is a commune or ward of the province. */
    default boolean contains(String code) {
        return code != null && all().containsKey(code);
    }
}
