package vn.motcua.design.generation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.motcua.design.generation.ProcessGenerator.GeneratedProcess;

/**
 * Writes generated processes below the project root, and never overwrites one a designer has edited: the
 * BPMN carries an XML comment with its source table, its companion files and a SHA-256 of everything
 * generated ({@code generatedHash}). A file whose content no longer matches its recorded hash, or that has
 * lost the comment (Camunda Modeler drops comments on save), belongs to the designer from then on.
 */
public class GeneratedFiles {

    /** What happened to one generated process. */
    public enum Outcome { WRITTEN, UNCHANGED, HAND_EDITED }

    private static final Pattern MARKER = Pattern.compile(
            "<!-- motcua generated from (\\S+) files=(\\S*) generatedHash=sha256:([0-9a-f]{64}) [^>]*-->\\n");

    private final Path root;

    public GeneratedFiles(Path root) {
        this.root = root;
    }

    /** The files with the marker in the BPMN, by path below the root. */
    public static Map<String, String> withMarker(GeneratedProcess generated) {
        Map<String, String> files = new LinkedHashMap<>(generated.files());
        List<String> companions = new ArrayList<>(files.keySet());
        companions.remove(generated.bpmnPath());
        String hash = hash(generated.bpmn(), companions, files::get);
        String marker = "<!-- motcua generated from " + generated.source() + " files=" + String.join(",", companions)
                + " generatedHash=sha256:" + hash + " : edit the step table and run GenerateProcesses;"
                + " once this file is edited by hand it is no longer regenerated -->\n";
        String bpmn = generated.bpmn();
        int afterDeclaration = bpmn.startsWith("<?xml") ? bpmn.indexOf('\n') + 1 : 0;
        files.put(generated.bpmnPath(), bpmn.substring(0, afterDeclaration) + marker + bpmn.substring(afterDeclaration));
        return files;
    }

    /**
     * The files for a deployment, the process tagged with a version tag ({@code camunda:versionTag}), e.g. the catalog
     * version and the generator's fingerprint of what it generated, so that a later generation can tell it unchanged.
     */
    public static Map<String, String> withVersionTag(GeneratedProcess generated, String versionTag) {
        Map<String, String> files = new LinkedHashMap<>(generated.files());
        files.put(generated.bpmnPath(), generated.bpmn().replaceFirst("<process ",
                "<process camunda:versionTag=\"" + versionTag + "\" "));
        return files;
    }

    /** The SHA-256 of a text in UTF-8, in hex. */
    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Outcome write(GeneratedProcess generated) throws IOException {
        Path bpmn = root.resolve(generated.bpmnPath());
        Map<String, String> files = withMarker(generated);
        if (Files.exists(bpmn)) {
            if (isHandEdited(bpmn)) {
                return Outcome.HAND_EDITED;
            }
            boolean same = true;
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = root.resolve(file.getKey());
                same &= Files.exists(path) && Files.readString(path).equals(file.getValue());
            }
            if (same) {
                return Outcome.UNCHANGED;
            }
        }
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = root.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
        }
        return Outcome.WRITTEN;
    }

    /** True when the BPMN or a companion no longer matches the hash recorded at generation, or the record is gone. */
    public boolean isHandEdited(Path bpmn) throws IOException {
        String content = Files.readString(bpmn);
        Matcher marker = MARKER.matcher(content);
        if (!marker.find()) {
            return true;
        }
        String generated = content.substring(0, marker.start()) + content.substring(marker.end());
        List<String> companions = marker.group(2).isEmpty() ? List.of() : List.of(marker.group(2).split(","));
        for (String companion : companions) {
            if (!Files.exists(root.resolve(companion))) {
                return true;
            }
        }
        String actual = hash(generated, companions, path -> {
            try {
                return Files.readString(root.resolve(path));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return !actual.equals(marker.group(3));
    }

    private static String hash(String bpmn, List<String> companions, Function<String, String> content) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(bpmn.getBytes(StandardCharsets.UTF_8));
            for (String companion : companions) {
                digest.update(("\n" + companion + "\n").getBytes(StandardCharsets.UTF_8));
                digest.update(content.apply(companion).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
