package vn.motcua.dossier;

/** How the dossier reached the center (kênh): 1 in person, 2 online, 3 public postal service. */
public enum Channel {
    COUNTER("counter", "Trực tiếp tại bộ phận một cửa"), ONLINE("online", "Trực tuyến"),
    POST("post", "Qua dịch vụ bưu chính công ích");

    private final String variableValue;
    private final String label;

    Channel(String variableValue, String label) {
        this.variableValue = variableValue;
        this.label = label;
    }

    /** The Vietnamese label shown to officers. */
    public String label() {
        return label;
    }

    /** The channel a {@code channel} process variable names; in person when it names none. */
    static Channel ofVariable(Object value) {
        for (Channel channel : values()) {
            if (channel.variableValue.equals(value)) {
                return channel;
            }
        }
        return COUNTER;
    }

    /** The value of the {@code channel} process variable. */
    public String variableValue() {
        return variableValue;
    }
}
