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

    /** The value of the {@code channel} process variable. */
    public String variableValue() {
        return variableValue;
    }
}
