package org.annals.enrich.persons;

import java.util.ArrayList;
import java.util.List;
import org.annals.events.Tag;

/**
 * Tags person names: Stanford CoreNLP's 3-class CRF on an OCR-cleaned copy of the text, plus
 * archival post-processing (titles, honorifics, repeated names, canonical names per document).
 *
 * <p>Construction loads the CRF model (about 2 s); create one instance per process and share
 * it: {@link #tag(String)} is thread-safe and deterministic (the same text always gives the
 * same tags, whatever was tagged before).
 */
public final class PersonTagger {

    public static final String NAME = "annals-persons";
    public static final String VERSION = "1.0.0";

    private final LineBreakJoiner joiner = new LineBreakJoiner();
    private final CapitalsCaser caser = new CapitalsCaser();
    private final TitleGrammar titles = new TitleGrammar();
    private final PlaceNouns places = new PlaceNouns();
    private final ModelMentions modelMentions = new ModelMentions(titles);
    private final SovereignReferences sovereigns = new SovereignReferences();
    private final ListMembers listMembers = new ListMembers();
    private final NameExtent extent = new NameExtent(new GivenNames(), titles);
    private final NameCoreference coreference = new NameCoreference(titles);
    private final CrfLabeller crf;
    private final HonorificMentions honorificMentions;
    private final RepeatedNames repeatedNames;
    private final PersonEvidence evidence;

    public PersonTagger() {
        this.crf = new CrfLabeller();
        this.honorificMentions = new HonorificMentions(titles, places, crf::isOrdinaryWord);
        this.repeatedNames = new RepeatedNames(crf::isOrdinaryWord, places);
        this.evidence = new PersonEvidence(places, new ThingNames(crf::isOrdinaryWord));
    }

    /** Person tags of {@code text}, sorted by start, non-overlapping; offsets are UTF-16 indices into {@code text}. */
    public List<Tag> tag(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        // the CRF reads a cleaned copy: broken words joined, capitals title-cased; offsets map back
        NormalisedText joined = joiner.join(text);
        NormalisedText copy = joined.withText(caser.titleCase(joined.text()));
        String t = copy.text();
        LabelledTokens tokens = crf.label(t);

        List<Mention> mentions = new ArrayList<>();
        for (Mention m : candidates(t, tokens)) {
            mentions.add(withTitles(t, m));
        }
        mentions = evidence.supported(t, tokens, mentions);
        for (Mention m : repeatedNames.find(t, tokens, mentions)) {
            mentions.add(withTitles(t, m));
        }
        mentions = MentionOverlaps.resolve(mentions);
        mentions.addAll(listMembers.find(t, tokens, mentions));
        mentions = MentionOverlaps.resolve(mentions);
        mentions = evidence.withoutNonPersons(t, tokens, mentions);
        return tags(text, copy, mentions);
    }

    private List<Mention> candidates(String t, LabelledTokens tokens) {
        List<Mention> found = new ArrayList<>(modelMentions.find(t, tokens));
        found.addAll(honorificMentions.find(t, tokens));
        found.addAll(sovereigns.find(t));
        return found;
    }

    /** Completes the name's edges, then widens the span over the titles and courtesies the text attaches. */
    private Mention withTitles(String t, Mention found) {
        Mention m = found.origin() == Mention.Origin.TITLE_ONLY ? found : extent.complete(t, found);
        return m.withSpan(Math.min(m.start(), titles.titleStart(t, m.start())),
                Math.max(m.end(), titles.courtesyEnd(t, m.end())));
    }

    private List<Tag> tags(String text, NormalisedText copy, List<Mention> mentions) {
        String t = copy.text();
        List<String> names = new ArrayList<>(mentions.size());
        List<Boolean> resolvable = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            names.add(m.name(t).replaceAll("\\s+", " "));
            resolvable.add(m.origin() != Mention.Origin.TITLE_ONLY);
        }
        List<String> values = coreference.resolve(names, resolvable);

        List<Tag> tags = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            int start = copy.originalStart(m.start());
            int end = copy.originalEnd(m.end());
            tags.add(new Tag(Tag.Kind.PERSON, start, end, text.substring(start, end), values.get(i),
                    round(m.confidence()), null));
        }
        return tags;
    }

    private static double round(double p) {
        return Math.round(Math.min(1.0, Math.max(0.0, p)) * 1000) / 1000.0;
    }
}
