package vn.motcua.organization;

import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.motcua.platform.engineapi.ProvinceCommunes;

/** The province's active communes and wards, read from the cached unit tree: a deactivated one receives nothing new. */
@Component
class CommunesOfProvince implements ProvinceCommunes {

    /** How every commune unit's name begins: the applicant picks the commune, not its committee. */
    private static final String COMMITTEE = "Ủy ban nhân dân ";
    private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi-VN"));

    private final OrganizationService organization;

    CommunesOfProvince(OrganizationService organization) {
        this.organization = organization;
    }

    @Override
    public Map<String, String> all() {
        Map<String, String> communes = new LinkedHashMap<>();
        organization.communes().stream().filter(unit -> organization.isActive(unit.code()))
                .sorted(Comparator.comparing((Unit unit) -> placeName(unit.name()), VIETNAMESE).thenComparing(Unit::code))
                .forEach(unit -> communes.put(unit.code(), placeName(unit.name())));
        return communes;
    }

    @Override
    public boolean contains(String code) {
        return organization.isCommune(code) && organization.isActive(code);
    }

    /** "Ủy ban nhân dân phường Tân Định" → "Phường Tân Định". */
    static String placeName(String unitName) {
        String place = unitName.regionMatches(true, 0, COMMITTEE, 0, COMMITTEE.length())
                ? unitName.substring(COMMITTEE.length()).strip() : unitName;
        return place.isEmpty() ? unitName : Character.toUpperCase(place.charAt(0)) + place.substring(1);
    }
}
