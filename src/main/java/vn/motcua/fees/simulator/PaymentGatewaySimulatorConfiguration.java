package vn.motcua.fees.simulator;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

/**
 * A SIMULATOR of an online payment gateway speaking the VNPAY 2.1.0 protocol, for development and tests
 * only, served by this application under {@value #PATH}: its page shows the signed order to the
 * "citizen", who pays or cancels; it then sends the signed IPN callback server to server and redirects
 * the browser back, as the real gateway does. Active only under the dev or test profile and never with
 * prod (the production safeguard also refuses a pay URL pointing at it).
 */
@Configuration(proxyBeanMethods = false)
@Profile("(dev | test) & !prod")
@EnableConfigurationProperties(PaymentGatewaySimulatorProperties.class)
class PaymentGatewaySimulatorConfiguration {

    static final String PATH = "/payment-simulator";

    /** Before the officers' chains; open to anyone, like a gateway's payment page. */
    @Bean
    @Order(-2)
    SecurityFilterChain paymentSimulatorChain(HttpSecurity http) throws Exception {
        return http
                .securityMatcher(withDefaults().matcher(PATH + "/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .build();
    }
}
