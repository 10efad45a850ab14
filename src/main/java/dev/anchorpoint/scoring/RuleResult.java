package dev.anchorpoint.scoring;

/** The outcome of one rubric rule for the selected level, with the reason in words. */
public record RuleResult(String id, String description, Status status, String reason) {
    public enum Status { PASS, FAIL, NOT_ENOUGH_EVIDENCE, NOT_APPLICABLE }
}
