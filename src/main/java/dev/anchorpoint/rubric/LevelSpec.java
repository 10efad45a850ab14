package dev.anchorpoint.rubric;

/**
 * A role level (junior, mid, senior, staff) and what is expected at it.
 *
 * @param expectedScore the weighted final score a candidate at this level should reach
 */
public record LevelSpec(String id, String name, double expectedScore, String description) {
}
