package vn.motcua.dossier;

/** How the dossier reached the center (kênh): 1 in person, 2 online, 3 public postal service. */
public enum Channel {
    COUNTER("counter"), ONLINE("online"), POST("post");

    private final String variableValue;

    Channel(String variableValue) {
        this.variableValue = variableValue;
    }

    /** The value of the {@code channel} process variable. */
    public String variableValue() {
        return variableValue;
    }
}
