package vn.motcua.citizen.simulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.oauth2.core.oidc.StandardClaimNames;

import vn.motcua.citizen.simulator.VneidSimulatorProperties.Citizen;

/**
 * The simulated citizens: who may sign in at the simulator and the claims it issues for them. Its
 * {@code sub} is an opaque identifier, as a real provider's is; the application identifies a citizen by
 * the ID claim only.
 */
final class VneidSimulatorCitizens {

    private final Map<String, Citizen> byCitizenId = new LinkedHashMap<>();
    private final String idClaim;
    private final byte[] password;

    VneidSimulatorCitizens(VneidSimulatorProperties properties) {
        properties.citizens().values().forEach(citizen -> byCitizenId.put(citizen.citizenId(), citizen));
        this.idClaim = properties.idClaim();
        this.password = properties.password().getBytes(StandardCharsets.UTF_8);
    }

    Collection<Citizen> all() {
        return byCitizenId.values();
    }

    Optional<Citizen> find(String citizenId) {
        return Optional.ofNullable(citizenId).map(byCitizenId::get);
    }

    boolean passwordMatches(String candidate) {
        return candidate != null && MessageDigest.isEqual(password, candidate.getBytes(StandardCharsets.UTF_8));
    }

    /** The claims of the ID token and of userinfo for the citizen who signed in with this ID number. */
    Map<String, Object> claimsOf(String citizenId) {
        Citizen citizen = find(citizenId).orElseThrow(
                () -> new IllegalStateException("Not a simulated citizen: " + citizenId));
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put(StandardClaimNames.SUB, subjectOf(citizen));
        claims.put(StandardClaimNames.NAME, citizen.name());
        if (citizen.birthdate() != null) {
            claims.put(StandardClaimNames.BIRTHDATE, citizen.birthdate());
        }
        claims.put(idClaim, citizen.citizenId());
        return claims;
    }

    private static String subjectOf(Citizen citizen) {
        return UUID.nameUUIDFromBytes(("vneid-simulator:" + citizen.citizenId()).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
