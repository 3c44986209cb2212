package vn.motcua.design.generation;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Command line: generates {@code processes/generated/<processKey>.bpmn} (and its forms and routing decisions)
 * from every step table {@code processes/internal/*.yaml} or {@code *.csv}, leaving alone the files a designer has edited;
 * start forms get the reception checklist of the procedure's documents in {@code processes/catalog/procedures.yaml}.
 * Run from the project root with the compile classpath (command in docs/designers-guide.md,
 * "Internal procedures from step tables")
 * (optional argument: the project root).
 */
public final class GenerateProcesses {

    private GenerateProcesses() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        ProcessGenerator generator = ProcessGenerator.withCatalog(root);
        GeneratedFiles output = new GeneratedFiles(root);
        for (StepTable table : StepTable.readAll(root)) {
            GeneratedFiles.Outcome outcome = output.write(generator.generate(table));
            String path = ProcessGenerator.PROCESS_FOLDER + table.processKey() + ".bpmn";
            switch (outcome) {
                case WRITTEN -> System.out.println("written    " + path + " from " + table.source());
                case UNCHANGED -> System.out.println("unchanged  " + path);
                case HAND_EDITED -> System.out.println("skipped    " + path
                        + ": edited by hand since it was generated, no longer regenerated from " + table.source());
            }
        }
    }
}
