package vn.motcua.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.UserOperationLogEntryEventEntity;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Engine plugin: copies the engine's user operation log entries about authorizations and deployments
 * into the audit trail, in the same transaction as the change. Whatever the way in (Camunda Admin,
 * /engine-rest, Camunda Modeler), the engine knows the user who made it.
 */
@Component
class EngineOperationAudit extends AbstractProcessEnginePlugin implements HistoryEventHandler {

    private static final Map<String, AuditAction> ACTIONS = Map.of(
            EntityTypes.AUTHORIZATION + UserOperationLogEntry.OPERATION_TYPE_CREATE, AuditAction.AUTHORIZATION_CREATE,
            EntityTypes.AUTHORIZATION + UserOperationLogEntry.OPERATION_TYPE_UPDATE, AuditAction.AUTHORIZATION_UPDATE,
            EntityTypes.AUTHORIZATION + UserOperationLogEntry.OPERATION_TYPE_DELETE, AuditAction.AUTHORIZATION_DELETE,
            EntityTypes.DEPLOYMENT + UserOperationLogEntry.OPERATION_TYPE_CREATE, AuditAction.DEPLOYMENT_CREATE,
            EntityTypes.DEPLOYMENT + UserOperationLogEntry.OPERATION_TYPE_DELETE, AuditAction.DEPLOYMENT_DELETE);

    private final AuditTrail trail;

    EngineOperationAudit(@Lazy AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryEventHandler> handlers = new ArrayList<>();
        if (configuration.getCustomHistoryEventHandlers() != null) {
            handlers.addAll(configuration.getCustomHistoryEventHandlers());
        }
        handlers.add(this);
        configuration.setCustomHistoryEventHandlers(handlers);
    }

    @Override
    public void handleEvent(HistoryEvent event) {
        if (event instanceof UserOperationLogEntryEventEntity entry) {
            AuditAction action = ACTIONS.get(entry.getEntityType() + entry.getOperationType());
            if (action != null) {
                String target = entry.getDeploymentId() != null ? "deployment " + entry.getDeploymentId() : null;
                String detail = entry.getProperty() == null ? null
                        : entry.getProperty() + ": " + entry.getOrgValue() + " → " + entry.getNewValue();
                trail.record(entry.getTimestamp().toInstant(), entry.getUserId(), action, target, detail, null);
            }
        }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        events.forEach(this::handleEvent);
    }
}
