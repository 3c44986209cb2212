package vn.motcua.portal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.NewDossier;

/**
 * Online submissions forwarded by the portal. They go through the same idempotent registration as our
 * own online submissions ({@link DossierService#submit}), keyed by the portal's dossier reference: the
 * same submission delivered twice creates one dossier and gets the same dossier code back.
 */
@Service
public class PortalSubmissions {

    /** The idempotency keys of portal submissions start with this, apart from our own clients' keys. */
    static final String KEY_PREFIX = "dvcqg:";

    /** The dossier a submission created, and whether this delivery was a repeat of an earlier one. */
    public record Accepted(Dossier dossier, boolean repeated) {
    }

    private final DossierService dossiers;
    private final PortalOutbox outbox;
    private final JdbcClient jdbc;

    PortalSubmissions(DossierService dossiers, PortalOutbox outbox, JdbcClient jdbc) {
        this.dossiers = dossiers;
        this.outbox = outbox;
        this.jdbc = jdbc;
    }

    /**
     * Registers the submission once. A repeat with the same reference and the same content answers with
     * the first dossier; the same reference with other content is a conflict (409).
     */
    @Transactional
    public Accepted accept(String portalReference, NewDossier submission, boolean vneidAuthenticated, String account) {
        String key = KEY_PREFIX + portalReference;
        DossierService.Registration registration = dossiers.register(submission, List.of(), account, key);
        boolean repeated = !registration.created();
        Dossier dossier = registration.dossier();
        if (!repeated) {
            jdbc.sql("insert into portal_submission (portal_reference, dossier_id, vneid_authenticated, received_at)"
                            + " values (?, ?, ?, ?)")
                    .params(portalReference, dossier.id(), vneidAuthenticated, Timestamp.from(Instant.now()))
                    .update();
            if (vneidAuthenticated) {
                outbox.markVneidAuthenticated(dossier.id());
            }
        }
        return new Accepted(dossier, repeated);
    }
}
