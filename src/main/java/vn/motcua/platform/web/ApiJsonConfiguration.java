package vn.motcua.platform.web;

import com.fasterxml.jackson.databind.Module;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Our API's JSON reading: Spring Boot adds every Module bean to its ObjectMapper (not Camunda's). */
@Configuration(proxyBeanMethods = false)
class ApiJsonConfiguration {

    @Bean
    Module wellFormedText() {
        return WellFormedText.jacksonModule();
    }
}
