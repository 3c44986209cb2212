package vn.motcua.platform.engineapi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;

import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.springframework.web.context.support.WebApplicationContextUtils;


/**
 * What the counter's forms offer depends on the signed-in officer. A Camunda Form field with
 * {@code "valuesKey": "receptionCenters"} (the receiving unit of every start form) gets, as the form is
 * served to the Tasklist ({@code GET …/process-definition/…/deployed-start-form}, and
 * {@code GET task/…/deployed-form} for the online check that reuses the start form), the centers where
 * the officer holds the reception role as its options, preselected when there is only one. A start form
 * also drops the {@code online} channel: online dossiers come through the portal. Tasklist 7.24 loads no
 * input data for a Camunda Form start form, so the options travel in the form itself; the process start
 * still checks the choice ({@code DossierProcessSync}). A field with {@code "valuesKey": "communes"} gets the
 * province's communes and wards ({@link ProvinceCommunes}); {@link PlatformVariablesFilter} refuses any other value.
 */
public class ReceptionFormOptions implements ContainerResponseFilter {

    /** The input-data key the start forms name in their receiving-unit field. */
    public static final String VALUES_KEY = "receptionCenters";

    private static final Pattern START_FORM = Pattern.compile("(?:^|/)process-definition/.+/deployed-start-form/?$");
    private static final Pattern TASK_FORM = Pattern.compile("(?:^|/)task/[^/]+/deployed-form/?$");
    private static final String CHANNEL = "channel";
    private static final String ONLINE_CHANNEL = "online";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Context
    ServletContext servletContext;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        String path = request.getUriInfo().getPath();
        boolean startForm = START_FORM.matcher(path).find();
        if (!HttpMethod.GET.equals(request.getMethod()) || response.getStatus() != 200
                || !(startForm || TASK_FORM.matcher(path).find())) {
            return;
        }
        Object entity = response.getEntity();
        byte[] form = null;
        if (entity instanceof InputStream stream) {
            try (stream) {
                form = stream.readAllBytes();
            }
        } else if (entity instanceof byte[] bytes) {
            form = bytes;
        } else if (entity instanceof String text) {
            form = text.getBytes(StandardCharsets.UTF_8);
        }
        if (form == null) {
            return;
        }
        response.setEntity(forOfficer(form, startForm));
    }

    private byte[] forOfficer(byte[] form, boolean startForm) {
        JsonNode schema;
        try {
            schema = JSON.readTree(form);
        } catch (IOException notJson) {
            return form; // an embedded or HTML start form: nothing to fill in
        }
        List<ObjectNode> fields = new ArrayList<>();
        List<ObjectNode> communeFields = new ArrayList<>();
        List<ObjectNode> channels = new ArrayList<>();
        collect(schema, fields, communeFields, channels);
        if (fields.isEmpty() && communeFields.isEmpty() && (!startForm || channels.isEmpty())) {
            return form;
        }
        if (startForm) {
            channels.forEach(channel -> ((ArrayNode) channel.get("values"))
                    .removeIf(option -> ONLINE_CHANNEL.equals(option.path("value").asText())));
        }
        var context = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext);
        if (!fields.isEmpty()) {
            Map<String, String> centers = context.getBean(ReceptionCenters.class).of(officerGroups());
            for (ObjectNode field : fields) {
                offer(field, centers);
                if (centers.size() == 1) {
                    field.put("defaultValue", centers.keySet().iterator().next());
                }
            }
        }
        if (!communeFields.isEmpty()) {
            Map<String, String> communes = context.getBean(ProvinceCommunes.class).all();
            communeFields.forEach(field -> offer(field, communes));
        }
        try {
            return JSON.writeValueAsBytes(schema);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The options replace the field's input-data key: the Tasklist has no input data for them. */
    private static void offer(ObjectNode field, Map<String, String> options) {
        field.remove("valuesKey");
        ArrayNode values = field.putArray("values");
        options.forEach((code, name) -> values.addObject().put("label", name).put("value", code));
    }

    private static void collect(JsonNode node, List<ObjectNode> centers, List<ObjectNode> communes,
                                List<ObjectNode> channels) {
        String valuesKey = node.path("valuesKey").asText(null);
        if (node instanceof ObjectNode object && VALUES_KEY.equals(valuesKey)) {
            centers.add(object);
        }
        if (node instanceof ObjectNode object && ProvinceCommunes.VALUES_KEY.equals(valuesKey)) {
            communes.add(object);
        }
        if (node instanceof ObjectNode object && CHANNEL.equals(object.path("key").asText(null))
                && object.path("values").isArray()) {
            channels.add(object);
        }
        node.path("components").forEach(child -> collect(child, centers, communes, channels));
    }

    /** The groups of the signed-in engine user (none when nobody is signed in). */
    private static Collection<String> officerGroups() {
        Authentication user = EngineUtil.lookupProcessEngine(null).getIdentityService().getCurrentAuthentication();
        return user == null || user.getGroupIds() == null ? List.of() : user.getGroupIds();
    }
}
