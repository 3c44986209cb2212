package vn.motcua.monitoring;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of monitoring ({@code motcua.monitoring.*}).
 *
 * @param typicalWindowDays   completed steps of the last N days give a step's typical duration (at-risk)
 * @param typicalRefresh      how long typical durations are kept in memory before being re-read
 * @param escalationInterval  how often overdue steps are looked for (escalation)
 * @param stepDayCompactionInterval how often the per-day step aggregate's delta rows are compacted
 * @param index766            weights of the 766 indicators computed here (unconfirmed: configurable)
 */
@ConfigurationProperties("motcua.monitoring")
public record MonitoringProperties(@DefaultValue("90") int typicalWindowDays,
                                   @DefaultValue("5m") Duration typicalRefresh,
                                   @DefaultValue("5m") Duration escalationInterval,
                                   @DefaultValue("1m") Duration stepDayCompactionInterval,
                                   @DefaultValue Index766Weights index766) {

    /**
     * Points of the 766 groups computed from dossier inputs and how the online-service points split.
     * Decision 766/QĐ-TTg gives 20 / 22 / 22 points to progress, digitization and online service; the
     * split inside online service is unconfirmed.
     */
    public record Index766Weights(@DefaultValue("20") double progress,
                                  @DefaultValue("22") double digitization,
                                  @DefaultValue("22") double onlineService,
                                  @DefaultValue("0.5") double onlineShareOfOnlineService,
                                  @DefaultValue("0.25") double paidOnlineShareOfOnlineService,
                                  @DefaultValue("0.25") double vneidShareOfOnlineService) {
    }
}
