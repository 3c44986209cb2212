package vn.motcua.design.generation;

import java.util.List;

import vn.motcua.catalog.Procedure.CommuneRoute;
import vn.motcua.catalog.Procedure.Fee;
import vn.motcua.catalog.Procedure.FeeLine;

/**
 * The routing decision of a step table that names a fixed unit or the receiving unit instead of an existing
 * decision of {@code processes/routing/}: a DMN literal expression giving {@code handlingUnit}, so that every
 * procedure determines its handling unit the same way (a business rule task, replaceable by a real table); and the
 * decision tables generated from an administrator's configuration (commune routing overrides, fee table).
 */
final class RoutingDecision {

    /** The namespaces of a DMN file's diagram (DMNDI), as Camunda Modeler writes them. */
    private static final String DIAGRAM_NAMESPACES = "\n"
            + "             xmlns:dmndi=\"https://www.omg.org/spec/DMN/20191111/DMNDI/\""
            + "\n             xmlns:dc=\"http://www.omg.org/spec/DMN/20180521/DC/\"";

    private RoutingDecision() {
    }

    static String literal(String decisionId, String name, String feelExpression) {
        return literal(decisionId, name, "handlingUnit", "string", feelExpression);
    }

    /** A decision whose one literal expression gives the named variable of the type ({@code string}, {@code long}). */
    static String literal(String decisionId, String name, String variable, String typeRef, String feelExpression) {
        return definitions(decisionId, name, """
                    <variable id="Variable_%1$s" name="%2$s" typeRef="%3$s" />
                    <literalExpression id="LiteralExpression_%1$s">
                      <text>%4$s</text>
                    </literalExpression>
                """.formatted(decisionId, variable, typeRef, escape(feelExpression)));
    }

    /**
     * The fee decision of a record's fee table: input {@code feeLine} (the line chosen at reception), output
     * {@code feeAmount} in đồng; hit policy UNIQUE, one rule a line, as a designer would edit it in Modeler.
     */
    static String feeTable(String decisionId, String name, List<FeeLine> lines) {
        StringBuilder rules = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            rules.append("""
                          <rule id="Rule_Line%1$d">
                            <description>%2$s</description>
                            <inputEntry id="InputEntry_Line%1$d"><text>"%3$s"</text></inputEntry>
                            <outputEntry id="OutputEntry_Line%1$d"><text>%4$d</text></outputEntry>
                          </rule>
                    """.formatted(i + 1, escape(lines.get(i).description()), Fee.lineValue(i),
                    lines.get(i).amount()));
        }
        return definitions(decisionId, name, """
                    <decisionTable id="DecisionTable_%1$s" hitPolicy="UNIQUE">
                      <input id="Input_FeeLine" label="Mức phí, lệ phí áp dụng">
                        <inputExpression id="InputExpression_FeeLine" typeRef="string">
                          <text>feeLine</text>
                        </inputExpression>
                      </input>
                      <output id="Output_FeeAmount" label="Phí, lệ phí (đồng)" name="feeAmount" typeRef="long" />
                %2$s    </decisionTable>
                """.formatted(decisionId, rules));
    }

    /**
     * The handling unit of a procedure routed by the receiving commune, with an administrator's overrides: input
     * {@code receivingCommune}, output {@code handlingUnit}; hit policy FIRST, one rule an override and a last rule
     * for every other commune (its own People's Committee), as a designer would edit it in Modeler.
     */
    static String communeTable(String decisionId, String name, List<CommuneRoute> overrides) {
        StringBuilder rules = new StringBuilder();
        for (int i = 0; i < overrides.size(); i++) {
            CommuneRoute route = overrides.get(i);
            rules.append("""
                          <rule id="Rule_Commune%1$d">
                            <description>Hồ sơ tiếp nhận tại xã, phường %2$s do đơn vị %3$s giải quyết</description>
                            <inputEntry id="InputEntry_Commune%1$d"><text>"%2$s"</text></inputEntry>
                            <outputEntry id="OutputEntry_Commune%1$d"><text>"%3$s"</text></outputEntry>
                          </rule>
                    """.formatted(i + 1, escape(route.commune()), escape(route.unit())));
        }
        rules.append("""
                          <rule id="Rule_ReceivingCommune">
                            <description>Các xã, phường khác: Ủy ban nhân dân cấp xã nơi tiếp nhận</description>
                            <inputEntry id="InputEntry_ReceivingCommune"><text>-</text></inputEntry>
                            <outputEntry id="OutputEntry_ReceivingCommune"><text>receivingCommune</text></outputEntry>
                          </rule>
                """);
        return definitions(decisionId, name, """
                    <decisionTable id="DecisionTable_%1$s" hitPolicy="FIRST">
                      <input id="Input_ReceivingCommune" label="Xã, phường tiếp nhận">
                        <inputExpression id="InputExpression_ReceivingCommune" typeRef="string">
                          <text>receivingCommune</text>
                        </inputExpression>
                      </input>
                      <output id="Output_HandlingUnit" label="Đơn vị giải quyết" name="handlingUnit" typeRef="string" />
                %2$s    </decisionTable>
                """.formatted(decisionId, rules), """
                  <dmndi:DMNDI>
                    <dmndi:DMNDiagram id="DMNDiagram_%1$s">
                      <dmndi:DMNShape id="DMNShape_%1$s" dmnElementRef="%1$s">
                        <dc:Bounds height="80" width="180" x="160" y="100" />
                      </dmndi:DMNShape>
                    </dmndi:DMNDiagram>
                  </dmndi:DMNDI>
                """.formatted(decisionId));
    }

    /** A DMN file of one decision, as Camunda Modeler opens it, around the decision's logic. */
    private static String definitions(String decisionId, String name, String logic) {
        return definitions(decisionId, name, logic, "");
    }

    /** A DMN file of one decision around its logic, with its diagram (DMNDI) when given. */
    private static String definitions(String decisionId, String name, String logic, String diagram) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"%5$s
                             xmlns:camunda="http://camunda.org/schema/1.0/dmn"
                             xmlns:modeler="http://camunda.org/schema/modeler/1.0"
                             id="Definitions_%1$s" name="%2$s" namespace="https://motcua.vn/processes/generated"
                             exporter="motcua step tables" exporterVersion="1"
                             modeler:executionPlatform="Camunda Platform" modeler:executionPlatformVersion="7.24.0">
                  <decision id="%1$s" name="%2$s" camunda:historyTimeToLive="365">
                %3$s  </decision>
                %4$s</definitions>
                """.formatted(decisionId, escape(name), logic, diagram, diagram.isEmpty() ? "" : DIAGRAM_NAMESPACES);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
