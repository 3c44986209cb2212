package vn.motcua.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our Vietnamese translation of a Camunda webapp must follow the English file shipped in the
 * Camunda webjar on the classpath: the same keys (so an upgrade of Camunda that adds or removes
 * labels fails here and names them), no value left empty unless the English one is, and every
 * placeholder ({@code {{name}}}, moment's {@code %d}/{@code %s}) kept.
 */
class WebappTranslationsTest {

  private static final String WEBJAR_APP = "META-INF/resources/webjars/camunda/app/";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}]+?)\\s*}}|%[ds]");
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest(name = "{0}: vi.json has every key of Camunda's en.json and no other")
  @ValueSource(strings = {"tasklist", "welcome", "admin", "cockpit"})
  void viHasTheSameKeysAsEn(String app) throws IOException {
    Map<String, String> en = flatten(english(app));
    Map<String, String> vi = flatten(vietnamese(app));

    List<String> missing = new ArrayList<>(en.keySet());
    missing.removeAll(vi.keySet());
    List<String> unknown = new ArrayList<>(vi.keySet());
    unknown.removeAll(en.keySet());

    assertThat(missing).as("keys of %s en.json missing in our vi.json", app).isEmpty();
    assertThat(unknown).as("keys of our %s vi.json that en.json no longer has", app).isEmpty();
  }

  /**
   * Cockpit's {@code *_S} labels hold English's plural "s" (appended to a count's noun); Vietnamese
   * nouns have no plural form, so these, and only these, are empty in vi.json.
   */
  private static final String ENGLISH_PLURAL_SUFFIX = "s";

  @ParameterizedTest(name = "{0}: no value of vi.json is empty where en.json has text")
  @ValueSource(strings = {"tasklist", "welcome", "admin", "cockpit"})
  void noEmptyValue(String app) throws IOException {
    Map<String, String> en = flatten(english(app));
    Map<String, String> vi = flatten(vietnamese(app));
    List<String> empty = new ArrayList<>();
    vi.forEach((key, value) -> {
      String english = en.getOrDefault(key, "");
      if (value.isBlank() && !english.isBlank() && !english.equals(ENGLISH_PLURAL_SUFFIX)) {
        empty.add(key);
      }
    });
    assertThat(empty).as("empty values in %s vi.json", app).isEmpty();
  }

  @ParameterizedTest(name = "{0}: every placeholder of en.json is kept in vi.json")
  @ValueSource(strings = {"tasklist", "welcome", "admin", "cockpit"})
  void placeholdersAreKept(String app) throws IOException {
    Map<String, String> en = flatten(english(app));
    Map<String, String> vi = flatten(vietnamese(app));
    List<String> broken = new ArrayList<>();
    en.forEach((key, value) -> {
      List<String> expected = placeholders(value);
      List<String> actual = placeholders(vi.getOrDefault(key, ""));
      if (!expected.equals(actual)) {
        broken.add(key + ": expected " + expected + " but was " + actual);
      }
    });
    assertThat(broken).as("placeholders changed in %s vi.json", app).isEmpty();
  }

  private static JsonNode english(String app) throws IOException {
    String resource = WEBJAR_APP + app + "/locales/en.json";
    try (InputStream in = WebappTranslationsTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as("%s in the Camunda webjar", resource).isNotNull();
      return JSON.readTree(in);
    }
  }

  private static JsonNode vietnamese(String app) throws IOException {
    Path file = Path.of("src/main/resources", WEBJAR_APP, app, "locales/vi.json");
    assertThat(file).exists();
    try (InputStream in = Files.newInputStream(file)) {
      return JSON.readTree(in);
    }
  }

  /** Flattens nested objects to dotted keys; an array counts as one key per element. */
  private static Map<String, String> flatten(JsonNode root) {
    Map<String, String> flat = new TreeMap<>();
    flatten("", root, flat);
    return flat;
  }

  private static void flatten(String prefix, JsonNode node, Map<String, String> flat) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), flat);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(prefix + "[" + i + "]", node.get(i), flat);
      }
    } else {
      flat.put(prefix, node.asText());
    }
  }

  private static List<String> placeholders(String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(1) != null ? "{{" + matcher.group(1) + "}}" : matcher.group());
    }
    found.sort(null);
    return found;
  }
}
