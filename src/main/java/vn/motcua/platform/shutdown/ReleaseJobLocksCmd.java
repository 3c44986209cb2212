package vn.motcua.platform.shutdown;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/**
 * Unlocks the jobs that one lock owner (a node's job executor) acquired and still holds, as Camunda's own
 * {@code UnlockJobCmd} does for a job whose execution was refused: lock owner and lock expiry are cleared
 * on the job entity, whose update is checked against its revision (a job that changed meanwhile makes the
 * command fail, nothing is overwritten). Camunda's job query has no lock-owner filter, so the ids are read
 * from the job table on the command's own connection. Run it only when no job of that owner is executing.
 */
class ReleaseJobLocksCmd implements Command<Integer> {

    private final String lockOwner;

    ReleaseJobLocksCmd(String lockOwner) {
        this.lockOwner = lockOwner;
    }

    @Override
    public Integer execute(CommandContext commandContext) {
        int released = 0;
        for (String jobId : lockedJobIds(commandContext)) {
            JobEntity job = commandContext.getJobManager().findJobById(jobId);
            if (job != null && lockOwner.equals(job.getLockOwner())) {
                job.unlock();
                released++;
            }
        }
        return released;
    }

    private List<String> lockedJobIds(CommandContext commandContext) {
        String table = commandContext.getProcessEngineConfiguration().getDatabaseTablePrefix() + "ACT_RU_JOB";
        Connection connection = commandContext.getDbSqlSession().getSqlSession().getConnection();
        List<String> ids = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select ID_ from " + table + " where LOCK_OWNER_ = ?")) {
            select.setString(1, lockOwner);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new ProcessEngineException("could not read the jobs locked by " + lockOwner, e);
        }
        return ids;
    }
}
