package org.annals.enrich.citations;

import java.util.Set;

/**
 * Capitalised words that begin titles, containers and publishers rather than names.
 * Generic English and bibliographic vocabulary; a name candidate starting with or made
 * of one of these is rejected.
 */
final class NameWords {

    private static final Set<String> NOT_NAMES = Set.of(
            "The", "A", "An", "In", "On", "Of", "For", "And", "To", "At", "By", "With", "From", "Into",
            "About", "Towards", "Toward", "Why", "How", "What", "When", "Where", "Who", "Is", "Are", "Do",
            "Does", "Can", "Its", "This", "That", "These", "Some", "New", "Using", "Use", "Beyond", "Between",
            "Among", "Under", "Over", "After", "Before", "Against", "Through", "Via", "Part", "Chapter",
            "Vol", "Volume", "No", "Proc", "Proceedings", "Journal", "Review", "Bulletin", "Annals",
            "Transactions", "Trans", "University", "Press", "Department", "Institute", "Society", "Association",
            "International", "National", "Conference", "Symposium", "Workshop", "Report", "Technical",
            "Thesis", "Dissertation", "Introduction", "Handbook", "Encyclopedia", "Retrieved", "Available",
            "Accessed", "Edition", "Ed", "Eds", "Editor", "Editors", "See", "Cf", "Ibid", "Page", "Pages",
            "Section", "Book", "Letter", "Letters", "Collected", "Works", "Selected", "Complete", "Essays",
            "Studies", "Notes", "History", "Theory", "Analysis", "Reports", "Office", "Ministry", "Committee",
            "Council", "Commission", "Center", "Centre", "Bureau", "Company", "Corporation", "Inc", "Ltd",
            "Group", "Foundation", "Library", "Museum", "Archive", "Archives", "Publishing", "Publishers",
            "Verlag", "Editions", "House", "General", "Party", "State", "States", "United", "Government",
            "Mr", "Mrs", "Ms", "Dr", "Prof", "President", "Comrade", "Sir", "Lord", "Saint",
            "January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "IEEE", "ACM", "Unpublished",
            "Not", "Yes", "But", "If", "So", "Or", "Nor", "All", "Our", "My", "We", "They", "He", "She", "It",
            "You", "I", "Since", "Until", "During", "While", "Although", "Because", "Only", "Also", "However", "Following",
            "Despite", "Even", "Both", "Each", "Every", "Many", "Most", "Several", "Such", "Other", "Another", "Last", "Next",
            "First", "Second", "Third", "Later", "Earlier", "Meanwhile", "Thus", "Yet", "Still", "Says", "Said", "Besides", "Their", "His", "Her", "There", "Here", "Now", "Then");

    private NameWords() {
    }

    /** Season words are surnames too ("de Winter"), but never a name on their own ("Spring 1921"). */
    private static final Set<String> SEASONS = Set.of("Spring", "Summer", "Autumn", "Fall", "Winter");

    /** True when every capitalised word of the candidate is plausible inside a personal name. */
    static boolean plausibleName(CharSequence text, int start, int end) {
        if (SEASONS.contains(text.subSequence(start, end).toString())) {
            return false;
        }
        int i = start;
        while (i < end) {
            while (i < end && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int w = i;
            while (i < end && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\'' || Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK)) {
                i++;
            }
            if (i - w > 1 && Character.isUpperCase(text.charAt(w)) && NOT_NAMES.contains(text.subSequence(w, i).toString())) {
                return false;
            }
        }
        return true;
    }
}
