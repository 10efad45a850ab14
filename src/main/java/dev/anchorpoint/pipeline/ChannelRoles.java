package dev.anchorpoint.pipeline;

import dev.anchorpoint.transcript.Role;

import java.util.ArrayList;
import java.util.List;

/**
 * Which speaker is on which channel of a multi-channel recording ("--channels interviewer,candidate"), or none:
 * then the channels are mixed to mono and each segment's role comes from the question heuristic.
 */
public record ChannelRoles(List<Role> roles) {
    public static final ChannelRoles MIXED = new ChannelRoles(List.of());

    public ChannelRoles {
        roles = List.copyOf(roles);
    }

    /** "interviewer,candidate" (channel 1, channel 2, ...). */
    public static ChannelRoles parse(String spec) {
        if (spec == null || spec.isBlank()) {
            return MIXED;
        }
        List<Role> rs = new ArrayList<>();
        for (String p : spec.split(",")) {
            Role r = Role.parse(p);
            rs.add(r);
        }
        if (!rs.contains(Role.CANDIDATE)) {
            throw new IllegalArgumentException("--channels " + spec + " names no candidate channel");
        }
        return new ChannelRoles(rs);
    }

    public boolean mixed() {
        return roles.isEmpty();
    }
}
