package vn.motcua.citizen.simulator;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The simulator's own login page, with its banner and the demo citizens (Spring Security processes the POST). */
@Controller
@Profile(VneidSimulatorConfiguration.PROFILES)
class VneidSimulatorLoginPageController {

    private final VneidSimulatorCitizens citizens;
    private final VneidSimulatorProperties properties;

    VneidSimulatorLoginPageController(VneidSimulatorCitizens citizens, VneidSimulatorProperties properties) {
        this.citizens = citizens;
        this.properties = properties;
    }

    @GetMapping(VneidSimulatorConfiguration.LOGIN_PAGE)
    String login(Model model) {
        model.addAttribute("citizens", citizens.all());
        model.addAttribute("demoPassword", properties.password());
        return "vneid-simulator/login";
    }
}
