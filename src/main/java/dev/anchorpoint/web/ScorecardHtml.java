package dev.anchorpoint.web;

import dev.anchorpoint.rubric.Anchor;
import dev.anchorpoint.rubric.Dimension;
import dev.anchorpoint.rubric.Rubric;
import dev.anchorpoint.scoring.DimensionScore;
import dev.anchorpoint.scoring.RuleResult;
import dev.anchorpoint.scoring.Scorecard;
import dev.anchorpoint.tagging.Signal;
import dev.anchorpoint.transcript.Transcript;
import dev.anchorpoint.transcript.Utterance;

import java.util.Locale;

/**
 * A self-contained HTML report for a hiring manager: per dimension the suggested score, the anchor it meets,
 * quoted evidence with timestamps and the weight; the final score and rule results; the transcript. No scripts,
 * no external assets, so it can be mailed or attached to an ATS record as one file.
 */
public final class ScorecardHtml {
    private ScorecardHtml() {
    }

    public static String render(Scorecard card, Rubric rubric, Transcript transcript, String title) {
        StringBuilder h = new StringBuilder(16_384);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(esc(title)).append(" \u2014 ").append(esc(rubric.name())).append("</title>")
                .append("<style>").append(CSS).append("</style></head><body><main>");
        h.append("<header><p class=\"kicker\">").append(esc(rubric.name())).append(" scorecard \u00b7 level ")
                .append(esc(cap(card.level()))).append("</p><h1>").append(esc(title)).append("</h1>");
        h.append("<div class=\"final\"><span class=\"big\">")
                .append(card.finalScore() == null ? "\u2014" : String.format(Locale.ROOT, "%.2f", card.finalScore()))
                .append("</span><span> / 5 weighted score</span><span class=\"pill ")
                .append(card.meetsLevel() ? "pass\">meets" : "fail\">below").append(" the ")
                .append(esc(cap(card.level()))).append(" bar (")
                .append(String.format(Locale.ROOT, "%.1f", card.expectedScore())).append(")</span></div>");
        if (!card.missing().isEmpty()) {
            h.append("<p class=\"missing\">Not enough evidence, left out of the final score: ");
            h.append(esc(String.join(", ", card.missing().stream()
                    .map(id -> rubric.dimension(id).map(Dimension::name).orElse(id)).toList()))).append("</p>");
        }
        h.append("<p class=\"note\">Suggestions from the candidate's own words only; every score is the tagger's "
                + "proposal for an interviewer to confirm or override.</p></header>");

        h.append("<section><h2>Rules</h2><ul class=\"rules\">");
        for (RuleResult r : card.rules()) {
            h.append("<li><span class=\"pill ").append(ruleClass(r.status())).append("\">")
                    .append(r.status().name().replace('_', ' ').toLowerCase(Locale.ROOT)).append("</span> ")
                    .append(esc(r.description())).append(" <span class=\"why\">").append(esc(r.reason()))
                    .append("</span></li>");
        }
        h.append("</ul></section>");

        h.append("<section><h2>Dimensions</h2>");
        for (DimensionScore d : card.dimensions()) {
            Dimension dim = rubric.dimension(d.id()).orElseThrow();
            h.append("<article class=\"dim\"><div class=\"dimhead\"><h3>").append(esc(d.name()))
                    .append("</h3><span class=\"weight\">weight ").append(fmt(d.weight())).append("%</span>")
                    .append("<span class=\"score\">")
                    .append(d.hasScore() ? d.score() + "<small>/5</small>" : "<small>not enough evidence</small>")
                    .append("</span></div>");
            if (d.hasScore()) {
                h.append("<p class=\"meets\">Meets: \u201c").append(esc(d.anchor())).append("\u201d")
                        .append(" <span class=\"conf\">confidence ")
                        .append(Math.round(d.confidence() * 100)).append("%</span></p>");
            }
            h.append("<details><summary>Anchors</summary><ul class=\"anchors\">");
            for (Anchor a : dim.anchors()) {
                boolean hit = d.hasScore() && a.covers(d.score());
                h.append("<li").append(hit ? " class=\"hit\"" : "").append("><b>").append(a.band()).append("</b> ")
                        .append(esc(a.text())).append("</li>");
            }
            h.append("</ul></details>");
            if (!d.evidence().isEmpty()) {
                h.append("<ol class=\"evidence\">");
                for (Signal s : d.evidence()) {
                    h.append("<li><blockquote>\u201c").append(esc(s.evidence().text())).append("\u201d</blockquote>")
                            .append("<p class=\"meta\"><span class=\"ts\">").append(ts(s.evidence().startMs()))
                            .append("\u2013").append(ts(s.evidence().endMs())).append("</span> level ")
                            .append(s.level()).append(" \u00b7 confidence ")
                            .append(Math.round(s.confidence() * 100)).append("%");
                    if (!s.cues().isEmpty()) {
                        h.append(" \u00b7 cues: ").append(esc(String.join(", ", s.cues())));
                    }
                    h.append("</p></li>");
                }
                h.append("</ol>");
            }
            h.append("</article>");
        }
        h.append("</section>");

        if (transcript != null && !transcript.utterances().isEmpty()) {
            h.append("<section><details><summary><h2 class=\"inline\">Transcript</h2></summary><table class=\"tx\">");
            for (Utterance u : transcript.utterances()) {
                h.append("<tr class=\"").append(u.role().id()).append("\"><td class=\"ts\">").append(ts(u.startMs()))
                        .append("</td><td class=\"who\">").append(esc(u.speakerName() != null ? u.speakerName()
                                : cap(u.role().id()))).append("</td><td>").append(esc(u.text())).append("</td></tr>");
            }
            h.append("</table></details></section>");
        }
        h.append("<footer>Rubric ").append(esc(rubric.id())).append(" v").append(esc(rubric.version()))
                .append(" \u00b7 ").append(esc(rubric.source())).append("</footer></main></body></html>\n");
        return h.toString();
    }

    static String ts(long ms) {
        long s = ms / 1000;
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    private static String ruleClass(RuleResult.Status s) {
        return switch (s) {
            case PASS -> "pass";
            case FAIL -> "fail";
            default -> "na";
        };
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String cap(String s) {
        return s == null || s.isEmpty() ? "" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static final String CSS = """
            :root{--ink:#1d2530;--muted:#5b6675;--line:#e3e7ec;--accent:#2f6f8f;--pass:#2e7d4f;--fail:#b3402f}
            body{margin:0;background:#f7f8fa;color:var(--ink);font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif}
            main{max-width:860px;margin:0 auto;padding:32px 20px}
            h1{margin:.1em 0 .3em;font-size:1.8em}h2{font-size:1.15em;margin:1.6em 0 .6em}
            .kicker{color:var(--muted);margin:0;text-transform:uppercase;letter-spacing:.06em;font-size:.8em}
            .final{display:flex;align-items:baseline;gap:.6em;flex-wrap:wrap}.big{font-size:2.6em;font-weight:700}
            .pill{display:inline-block;border-radius:999px;padding:0 .7em;font-size:.85em;border:1px solid}
            .pass{color:var(--pass)}.fail{color:var(--fail)}.na{color:var(--muted)}
            .missing,.note,.why,.meta,.conf,.weight,footer{color:var(--muted)}.note{font-size:.9em}
            .rules{padding-left:0;list-style:none}.rules li{margin:.4em 0}
            .dim{background:#fff;border:1px solid var(--line);border-radius:10px;padding:14px 18px;margin:12px 0}
            .dimhead{display:flex;align-items:baseline;gap:1em}.dimhead h3{margin:0;flex:1;font-size:1.05em}
            .score{font-size:1.6em;font-weight:700;color:var(--accent)}.score small{font-size:.5em;color:var(--muted)}
            .meets{margin:.4em 0}.anchors{margin:.3em 0;padding-left:1.2em}.anchors .hit{font-weight:600}
            details summary{cursor:pointer;color:var(--muted)}
            .evidence{padding-left:1.2em}blockquote{margin:.2em 0;font-style:italic}.meta{margin:0 0 .5em;font-size:.85em}
            .ts{font-variant-numeric:tabular-nums;color:var(--accent)}
            .tx{border-collapse:collapse;width:100%}.tx td{vertical-align:top;padding:3px 6px;border-bottom:1px solid var(--line)}
            .tx .interviewer{color:var(--muted)}.who{white-space:nowrap;font-weight:600}.inline{display:inline}
            footer{margin-top:2em;font-size:.8em}
            """;
}
