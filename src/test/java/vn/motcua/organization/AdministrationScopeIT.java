package vn.motcua.organization;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The province's administrator configures the whole province; the administrator of a department or commune only
 * that unit and what lies below it, and never becomes an administrator of the engine itself.
 */
@IntegrationTest
class AdministrationScopeIT {

    @Autowired
    AdministrationScope scopes;

    @Autowired
    IdentityService identity;

    private List<String> groupsOf(String username) {
        return identity.createGroupQuery().groupMember(username).list().stream().map(Group::getId).toList();
    }

    @Test
    void the_provincial_administrator_administers_every_unit() {
        AdministrationScope.Scope province = scopes.of(groupsOf("quantri")).orElseThrow();

        assertThat(province.isProvince()).isTrue();
        assertThat(scopes.covers(province, "000.01.01.H99")).isTrue();
        assertThat(scopes.covers(province, "000.00.10.H99")).isTrue();
    }

    @Test
    void a_department_administrator_administers_only_the_department_and_is_no_engine_administrator() {
        assertThat(groupsOf("quantri.tuphap")).containsExactly("000.00.10.H99:admin").doesNotContain(Groups.CAMUNDA_ADMIN);
        AdministrationScope.Scope justice = scopes.of(groupsOf("quantri.tuphap")).orElseThrow();

        assertThat(justice.unitCode()).isEqualTo("000.00.10.H99");
        assertThat(justice.unitName()).isEqualTo("Sở Tư pháp");
        assertThat(scopes.covers(justice, "000.00.10.H99")).isTrue();
        assertThat(scopes.covers(justice, "000.00.11.H99")).isFalse();
        assertThat(scopes.covers(justice, "000.01.00.H99")).isFalse();
        assertThat(scopes.covers(justice, null)).isFalse();
    }

    @Test
    void a_commune_administrator_administers_the_commune_and_its_center() {
        AdministrationScope.Scope tanDinh = scopes.of(groupsOf("quantri.tandinh")).orElseThrow();

        assertThat(tanDinh.unitCode()).isEqualTo("000.01.00.H99");
        assertThat(scopes.covers(tanDinh, "000.01.01.H99")).isTrue();
        assertThat(scopes.covers(tanDinh, "000.02.01.H99")).isFalse();
    }

    @Test
    void officers_supervisors_and_designers_administer_nothing() {
        assertThat(scopes.of(groupsOf("tiepnhan.tandinh"))).isEmpty();
        assertThat(scopes.of(groupsOf("thietke"))).isEmpty();
        assertThat(scopes.of(groupsOf("giamsat.tandinh"))).isEmpty();
        assertThat(scopes.of(List.of("000.00.10.H99:specialist", "000.00.10.H99:leader"))).isEmpty();
    }
}
