package dev.hearth.journal;

/** Who and which couple the journal's aggregate tests tell of: Alice and Bob, a couple, and a couple they are not in. */
public final class JournalExamples {

    public static final String COUPLE = "5b0d7d2e-8d7f-4a43-9f5e-0c1f3f0f4a11";
    public static final String OTHER_COUPLE = "9c1e8e3f-0a2b-4c5d-8e7f-1a2b3c4d5e6f";
    public static final String ALICE = "alice";
    public static final String BOB = "bob";

    private JournalExamples() {
    }
}
