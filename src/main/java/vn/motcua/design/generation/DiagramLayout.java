package vn.motcua.design.generation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.Collaboration;
import org.camunda.bpm.model.bpmn.instance.Definitions;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.LaneSet;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnPlane;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;

/**
 * A left-to-right grid layout with one horizontal lane per role and unit, written as BPMN DI (shapes with
 * bounds, edges with waypoints, a pool and lanes) so that Camunda Modeler opens the generated process as
 * if drawn by hand. The fluent builder's own DI knows no lanes, hence this layout: the generator places
 * every node in a lane, a column and a row; subprocesses wrap their children; sequence flows are routed
 * orthogonally, backward flows (rework, supplement) under the nodes of their lane.
 */
public class DiagramLayout {

    static final double POOL_X = 160;
    static final double LANE_X = 190;
    static final double COLUMN = 150;
    static final double ROW = 120;
    static final double LOOP_BAND = 60;
    static final double APOLOGY_BAND = 150;

    private record Band(String key, String name, int rows) {
    }

    private record Place(String lane, int column, int row) {
    }

    private final Map<String, Band> lanes = new LinkedHashMap<>();
    private final Map<String, Place> places = new LinkedHashMap<>();
    private final Map<String, String> below = new LinkedHashMap<>();
    private final Map<String, Box> bounds = new HashMap<>();
    private final Map<String, Double> laneTop = new HashMap<>();
    private String lastLane;

    private record Box(double x, double y, double w, double h) {
        double cx() {
            return x + w / 2;
        }

        double cy() {
            return y + h / 2;
        }

        double right() {
            return x + w;
        }

        double bottom() {
            return y + h;
        }
    }

    /** Adds a lane (in top-to-bottom order) unless it exists. */
    public void lane(String key, String name, int rows) {
        lanes.putIfAbsent(key, new Band(key, name, rows));
    }

    public void place(FlowNode node, String lane, int column, int row) {
        if (!lanes.containsKey(lane)) {
            throw new IllegalStateException("no lane " + lane);
        }
        places.put(node.getId(), new Place(lane, column, row));
    }

    /** Places a node under the given subprocess, at the given column offset from its left border (the apology path). */
    public void placeBelow(FlowNode node, String subProcessId, int columnOffset) {
        below.put(node.getId(), subProcessId + ":" + columnOffset);
    }

    public String laneOf(String nodeId) {
        Place place = places.get(nodeId);
        return place == null ? null : place.lane();
    }

    /** Writes lanes, pool and DI into the model; the participant names the process. */
    public void apply(BpmnModelInstance model, Process process, String key, String poolName) {
        lastLane = List.copyOf(lanes.keySet()).get(lanes.size() - 1);
        double y = 80;
        for (Band lane : lanes.values()) {
            laneTop.put(lane.key(), y);
            y += laneHeight(lane);
        }
        double poolBottom = y;

        for (Map.Entry<String, Place> entry : places.entrySet()) {
            FlowNode node = model.getModelElementById(entry.getKey());
            if (node instanceof SubProcess) {
                continue;
            }
            Place place = entry.getValue();
            double cx = LANE_X + 90 + place.column() * COLUMN;
            double cy = laneTop.get(place.lane()) + 60 + place.row() * ROW;
            double[] size = size(node);
            bounds.put(node.getId(), new Box(cx - size[0] / 2, cy - size[1] / 2, size[0], size[1]));
        }
        for (SubProcess sub : model.getModelElementsByType(SubProcess.class)) {
            wrap(sub);
        }
        for (Map.Entry<String, String> entry : below.entrySet()) {
            FlowNode node = model.getModelElementById(entry.getKey());
            String[] host = entry.getValue().split(":");
            Box sub = bounds.get(host[0]);
            double cx = sub.x() + 100 + Integer.parseInt(host[1]) * COLUMN;
            double cy = sub.bottom() + APOLOGY_BAND / 2 + 5;
            double[] size = size(node);
            bounds.put(node.getId(), new Box(cx - size[0] / 2, cy - size[1] / 2, size[0], size[1]));
        }
        for (BoundaryEvent boundary : model.getModelElementsByType(BoundaryEvent.class)) {
            Box host = bounds.get(boundary.getAttachedTo().getId());
            bounds.put(boundary.getId(), new Box(host.x() + 100 - 18, host.bottom() - 18, 36, 36));
        }
        double right = bounds.values().stream().mapToDouble(Box::right).max().orElse(600) + 60;

        Definitions definitions = model.getDefinitions();
        Collaboration collaboration = model.newInstance(Collaboration.class, "Collaboration_" + key);
        definitions.addChildElement(collaboration);
        Participant participant = model.newInstance(Participant.class, "Participant_" + key);
        participant.setName(poolName);
        collaboration.addChildElement(participant);
        participant.setProcess(process);

        LaneSet laneSet = model.newInstance(LaneSet.class, "LaneSet_" + key);
        process.addChildElement(laneSet);
        Map<String, Lane> laneElements = new HashMap<>();
        for (Band lane : lanes.values()) {
            Lane element = model.newInstance(Lane.class, "Lane_" + lane.key());
            element.setName(lane.name());
            laneSet.getLanes().add(element);
            laneElements.put(lane.key(), element);
        }
        for (FlowNode node : process.getChildElementsByType(FlowNode.class)) {
            {
                String lane = places.containsKey(node.getId()) ? places.get(node.getId()).lane() : lastLane;
                laneElements.get(lane).getFlowNodeRefs().add(node);
            }
        }

        BpmnDiagram diagram = model.newInstance(BpmnDiagram.class, "Diagram_" + key);
        definitions.addChildElement(diagram);
        BpmnPlane plane = model.newInstance(BpmnPlane.class, "Plane_" + key);
        diagram.setBpmnPlane(plane);
        plane.setBpmnElement(collaboration);

        shape(model, plane, participant, new Box(POOL_X, 80, right - POOL_X, poolBottom - 80)).setHorizontal(true);
        for (Band lane : lanes.values()) {
            shape(model, plane, laneElements.get(lane.key()),
                    new Box(LANE_X, laneTop.get(lane.key()), right - LANE_X, laneHeight(lane))).setHorizontal(true);
        }
        List<FlowNode> nodes = new ArrayList<>(model.getModelElementsByType(FlowNode.class));
        // containers first, so that Modeler draws their children on top
        nodes.sort((a, b) -> Boolean.compare(!(a instanceof SubProcess), !(b instanceof SubProcess)));
        for (FlowNode node : nodes) {
            BpmnShape shape = shape(model, plane, node, bounds.get(node.getId()));
            if (node instanceof SubProcess) {
                shape.setExpanded(true);
            }
            if (node instanceof Gateway) {
                shape.setMarkerVisible(true);
            }
        }
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            BpmnEdge edge = model.newInstance(BpmnEdge.class, flow.getId() + "_di");
            edge.setBpmnElement(flow);
            for (double[] point : route(flow)) {
                Waypoint waypoint = model.newInstance(Waypoint.class);
                waypoint.setX(point[0]);
                waypoint.setY(point[1]);
                edge.getWaypoints().add(waypoint);
            }
            plane.addChildElement(edge);
        }
    }

    private double laneHeight(Band lane) {
        double height = lane.rows() * ROW + LOOP_BAND;
        return lane.key().equals(lastLane) ? height + APOLOGY_BAND : height;
    }

    /** A subprocess covers its children; the handling subprocess also the loop bands of its lanes. */
    private void wrap(SubProcess sub) {
        double minX = Double.MAX_VALUE;
        double maxX = 0;
        double minY = Double.MAX_VALUE;
        double maxY = 0;
        for (FlowNode child : sub.getChildElementsByType(FlowNode.class)) {
            Box b = bounds.get(child.getId());
            minX = Math.min(minX, b.x());
            maxX = Math.max(maxX, b.right());
            minY = Math.min(minY, b.y());
            maxY = Math.max(maxY, b.bottom());
        }
        if (sub.triggeredByEvent()) {
            bounds.put(sub.getId(), new Box(minX - 40, minY - 30, maxX - minX + 80, maxY - minY + 60));
            return;
        }
        double top = Double.MAX_VALUE;
        double bottom = 0;
        for (FlowNode child : sub.getChildElementsByType(FlowNode.class)) {
            String lane = places.get(child.getId()).lane();
            top = Math.min(top, laneTop.get(lane) + 8);
            bottom = Math.max(bottom, laneTop.get(lane) + lanes.get(lane).rows() * ROW + LOOP_BAND - 8);
        }
        bounds.put(sub.getId(), new Box(minX - 40, top, maxX - minX + 80, bottom - top));
    }

    private List<double[]> route(SequenceFlow flow) {
        Box s = bounds.get(flow.getSource().getId());
        Box t = bounds.get(flow.getTarget().getId());
        boolean verticalFirst = flow.getSource() instanceof Gateway || flow.getSource() instanceof BoundaryEvent;
        List<double[]> points = new ArrayList<>();
        if (Math.abs(s.cx() - t.cx()) < 1) {
            boolean down = t.cy() > s.cy();
            points.add(new double[] {s.cx(), down ? s.bottom() : s.y()});
            points.add(new double[] {t.cx(), down ? t.y() : t.bottom()});
        } else if (t.cx() > s.cx()) {
            if (Math.abs(s.cy() - t.cy()) < 1) {
                points.add(new double[] {s.right(), s.cy()});
            } else if (verticalFirst) {
                points.add(new double[] {s.cx(), t.cy() > s.cy() ? s.bottom() : s.y()});
                points.add(new double[] {s.cx(), t.cy()});
            } else {
                double mid = (s.right() + t.x()) / 2;
                points.add(new double[] {s.right(), s.cy()});
                points.add(new double[] {mid, s.cy()});
                points.add(new double[] {mid, t.cy()});
            }
            points.add(new double[] {t.x(), t.cy()});
        } else if (isAuxiliary(flow.getTarget()) && t.cy() < s.cy()) {
            points.add(new double[] {s.cx(), s.y()});
            points.add(new double[] {s.cx(), t.cy()});
            points.add(new double[] {t.right(), t.cy()});
        } else {
            double loop = loopY(flow.getSource(), s);
            points.add(new double[] {s.cx(), s.bottom()});
            points.add(new double[] {s.cx(), loop});
            points.add(new double[] {t.cx(), loop});
            points.add(new double[] {t.cx(), t.bottom()});
        }
        return points;
    }

    private boolean isAuxiliary(FlowNode node) {
        Place place = places.get(node.getId());
        return place != null && place.row() == 0;
    }

    private double loopY(FlowNode source, Box s) {
        Place place = places.get(source.getId());
        if (place == null) {
            return s.bottom() + 20;
        }
        Band lane = lanes.get(place.lane());
        return laneTop.get(place.lane()) + lane.rows() * ROW + LOOP_BAND / 2 - 10;
    }

    private static double[] size(FlowNode node) {
        if (node instanceof Gateway) {
            return new double[] {50, 50};
        }
        if (node instanceof Event) {
            return new double[] {36, 36};
        }
        if (node instanceof Activity) {
            return new double[] {100, 80};
        }
        return new double[] {100, 80};
    }

    private static BpmnShape shape(BpmnModelInstance model, BpmnPlane plane, BaseElement element, Box b) {
        BpmnShape shape = model.newInstance(BpmnShape.class, element.getId() + "_di");
        shape.setBpmnElement(element);
        Bounds bounds = model.newInstance(Bounds.class);
        bounds.setX(b.x());
        bounds.setY(b.y());
        bounds.setWidth(b.w());
        bounds.setHeight(b.h());
        shape.setBounds(bounds);
        plane.addChildElement(shape);
        return shape;
    }
}
