package vn.motcua.printing;

import java.util.Locale;
import java.util.Map;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The HTML templates of printed forms, {@code templates/print/<name>.html} on the classpath: a
 * province changes a form's layout there, without Java. Templates must stay well-formed XHTML,
 * since the PDF renderer parses them as XML.
 *
 * <p>A standalone engine, apart from the web pages' one: forms render the same in a job, a test or
 * a request. It is Thymeleaf's Spring flavour only for SpEL, as OGNL is not on the classpath.
 */
final class PrintTemplates {

    static final String DIRECTORY = "templates/print/";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final TemplateEngine engine;

    PrintTemplates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(PrintTemplates.class.getClassLoader());
        resolver.setPrefix(DIRECTORY);
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        this.engine = engine;
    }

    /** The filled-in template; every {@code th:text} value is HTML-escaped. */
    String render(String template, Map<String, Object> variables) {
        return engine.process(template, new Context(VIETNAMESE, variables));
    }
}
