package vn.motcua.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The officer's start page: where each part of the system is. */
@Controller
class HomePageController {

    @GetMapping("/")
    String home() {
        return "home";
    }
}
