package vn.motcua.dossier;

import java.util.Map;

/**
 * What is needed to register a dossier.
 *
 * @param completeness for the counter: {@code received}, {@code supplement} or {@code refused};
 *                     {@code null} for online submissions, which an officer checks later
 * @param details      the procedure's own form fields, small primitive values only (they become
 *                     process variables that the task forms show)
 */
public record NewDossier(String procedureCode, Channel channel, String receivingUnit, Applicant applicant,
                         String completeness, String missingDocuments, String refusalReason,
                         Map<String, Object> details) {
}
