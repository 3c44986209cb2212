package vn.motcua.process;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A process test on the application's engine: BPMN assertions bound to it and a {@link ProcessDriver}.
 * Subclasses are {@code @IntegrationTest}s.
 */
public abstract class EngineProcessTest {

    @Autowired
    protected ProcessEngine engine;

    protected ProcessDriver driver;

    @BeforeEach
    void useEngine() {
        BpmnAwareTests.init(engine);
        driver = new ProcessDriver(engine);
    }
}
