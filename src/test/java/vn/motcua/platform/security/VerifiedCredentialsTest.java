package vn.motcua.platform.security;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import static org.assertj.core.api.Assertions.assertThat;

class VerifiedCredentialsTest {

    private static final List<GrantedAuthority> RECEPTION =
            List.of(new SimpleGrantedAuthority("GROUP_000.01.01.H99:reception"));

    @Test
    void the_same_password_is_answered_from_memory_with_the_authorities_it_was_verified_with() {
        VerifiedCredentials verified = new VerifiedCredentials(Duration.ofMinutes(1));
        verified.remember("tiepnhan.tandinh", "mật-khẩu", RECEPTION);
        assertThat(verified.authoritiesOf("tiepnhan.tandinh", "mật-khẩu")).contains(RECEPTION);
        assertThat(verified.authoritiesOf("tiepnhan.tanan", "mật-khẩu")).isEmpty();
    }

    @Test
    void a_wrong_password_is_never_answered_from_memory_and_forgets_the_right_one() {
        VerifiedCredentials verified = new VerifiedCredentials(Duration.ofMinutes(1));
        verified.remember("tiepnhan.tandinh", "mật-khẩu", RECEPTION);
        assertThat(verified.authoritiesOf("tiepnhan.tandinh", "mat-khau")).isEmpty();
        // the next check goes back to the engine, which counts the failure towards the lock
        assertThat(verified.authoritiesOf("tiepnhan.tandinh", "mật-khẩu")).isEmpty();
    }

    @Test
    void a_remembered_password_expires() throws InterruptedException {
        VerifiedCredentials verified = new VerifiedCredentials(Duration.ofMillis(50));
        verified.remember("tiepnhan.tandinh", "mật-khẩu", RECEPTION);
        Thread.sleep(120);
        assertThat(verified.authoritiesOf("tiepnhan.tandinh", "mật-khẩu")).isEmpty();
    }
}
