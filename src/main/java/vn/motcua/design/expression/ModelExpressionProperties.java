package vn.motcua.design.expression;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the expressions of process models may see ({@code motcua.engine.expressions.*}).
 *
 * @param beans names of the Spring beans built for process models that expressions may call, e.g.
 *              {@code ${feeRules.amount(execution)}}; empty by default: the shipped and generated
 *              processes use only variables, {@code execution} and {@code task}. Never list engine services,
 *              the {@code environment} or anything that reads or writes beyond the process: whoever may deploy
 *              a model may then call it, outside any engine authorization.
 */
@ConfigurationProperties("motcua.engine.expressions")
public record ModelExpressionProperties(@DefaultValue List<String> beans) {
}
