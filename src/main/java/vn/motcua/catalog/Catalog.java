package vn.motcua.catalog;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

/**
 * The procedures of the province. A dossier takes the version in force on the day it starts and
 * keeps it ({@link #version}); new versions apply to new dossiers only.
 */
@Service
public class Catalog {

    private final ProcedureRepository procedures;

    Catalog(ProcedureRepository procedures) {
        this.procedures = procedures;
    }

    /** The version of the procedure in force on the given day (the highest version valid that day). */
    public Optional<Procedure> inForce(String code, LocalDate day) {
        return procedures.findVersions(code).stream().filter(procedure -> procedure.validOn(day)).findFirst();
    }

    /** A specific version, as a running dossier needs it. */
    public Optional<Procedure> version(String code, int version) {
        return procedures.find(code, version);
    }

    /** Every procedure in force on the given day, by code. */
    public List<Procedure> inForce(LocalDate day) {
        Map<String, Optional<Procedure>> byCode = procedures.findAll().stream()
                .filter(procedure -> procedure.validOn(day))
                .collect(Collectors.groupingBy(Procedure::code,
                        Collectors.maxBy(Comparator.comparingInt(Procedure::version))));
        return byCode.values().stream().flatMap(Optional::stream)
                .sorted(Comparator.comparing(Procedure::code)).toList();
    }

    /** Every version of every procedure, newest version first within a code. */
    public List<Procedure> allVersions() {
        return procedures.findAll();
    }

    /** Every version of one procedure, newest first. */
    public List<Procedure> versions(String code) {
        return procedures.findVersions(code);
    }

    /**
     * Adds a version. Stored versions are immutable: an amendment is always a new, higher version
     * (see V4), so running dossiers keep theirs.
     */
    public void publish(Procedure version) {
        if (procedures.exists(version.code(), version.version())) {
            throw new IllegalStateException("Version " + version.version() + " of " + version.code() + " exists");
        }
        procedures.insert(version);
    }

    /** Abolishes a procedure: every version still open gets the given last day; nothing is deleted. */
    public void abolish(String code, LocalDate lastDay) {
        for (Procedure version : procedures.findVersions(code)) {
            if (version.validTo() == null || version.validTo().isAfter(lastDay)) {
                procedures.close(version.closedAfter(lastDay));
            }
        }
    }

    /** The procedure version in force today whose dossiers run the given process, if any. */
    public Optional<Procedure> byProcessKey(String processKey, LocalDate day) {
        return inForce(day).stream().filter(procedure -> procedure.processKey().equals(processKey)).findFirst();
    }
}
