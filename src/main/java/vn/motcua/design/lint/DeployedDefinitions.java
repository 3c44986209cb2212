package vn.motcua.design.lint;

/** The definitions already deployed on the engine, by key (the command-line lint knows none). */
public interface DeployedDefinitions {

    /** Nothing deployed: only the files being checked count. */
    DeployedDefinitions NONE = new DeployedDefinitions() {
        @Override
        public boolean hasProcess(String key) {
            return false;
        }

        @Override
        public boolean hasDecision(String key) {
            return false;
        }

        @Override
        public boolean hasForm(String key) {
            return false;
        }
    };

    boolean hasProcess(String key);

    boolean hasDecision(String key);

    boolean hasForm(String key);
}
