package dev.trainingadvisor.api.common;

/** The two representations of the decision tree and of an assessment. */
public final class Representation {
    public static final String FORMAT = "format";
    public static final String MERMAID_TYPE = "text/vnd.mermaid";
    public static final String MERMAID_TYPE_UTF8 = MERMAID_TYPE + ";charset=UTF-8";

    private Representation() {
    }
}
