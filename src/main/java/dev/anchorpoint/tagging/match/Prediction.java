package dev.anchorpoint.tagging.match;

import java.util.List;
import java.util.Map;

/**
 * The dimension vote for one utterance.
 *
 * @param label      winning dimension id, or {@link Example#NONE}
 * @param share      the winner's share of the vote, in [0,1]
 * @param best       best hybrid score among all neighbours
 * @param shares     every class's share of the vote
 * @param neighbours example ords with their hybrid score, best first
 * @param belowFloor true when even the closest example is too far: off-topic whatever the vote
 */
public record Prediction(String label, double share, double best, Map<String, Double> shares,
                         List<Neighbour> neighbours, boolean belowFloor) {
    public record Neighbour(int ord, double score, double cosine) {
    }
}
