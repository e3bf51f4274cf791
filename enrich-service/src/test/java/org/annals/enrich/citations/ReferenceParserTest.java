package org.annals.enrich.citations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Field parsing of reference strings in the common styles (examples written for these tests). */
class ReferenceParserTest {

    private final ReferenceParser parser = new ReferenceParser();

    private ParsedReference parse(String s) {
        return parser.parse(s, 0, s.length());
    }

    @Test
    void apa() {
        ParsedReference r = parse("Okafor, N. E., Berg, T., & Lindqvist, B. (2016). Tidal archives and the memory of ports. "
                + "Maritime History Review, 28(2), 114–139. https://doi.org/10.1234/mhr.2016.02");
        assertThat(r.author()).isEqualTo("Okafor, N. E., Berg, T., & Lindqvist, B.");
        assertThat(r.year()).isEqualTo("2016");
        assertThat(r.title()).isEqualTo("Tidal archives and the memory of ports");
        assertThat(r.url()).isEqualTo("https://doi.org/10.1234/mhr.2016.02");
        assertThat(r.leadingYear()).isTrue();
    }

    @Test
    void chicagoBook() {
        ParsedReference r = parse("Brandt, Helena, and Otto Wiese. The Salt Roads of Lower Saxony. Hamburg: Ostsee Verlag, 1988.");
        assertThat(r.author()).isEqualTo("Brandt, Helena, and Otto Wiese");
        assertThat(r.title()).isEqualTo("The Salt Roads of Lower Saxony");
        assertThat(r.year()).isEqualTo("1988");
    }

    @Test
    void chicagoAuthorDate() {
        ParsedReference r = parse("Mendes, R. T., and L. Acheampong. 2004. Grain prices in the interwar press. Journal of Rural Economy 12: 33-58.");
        assertThat(r.author()).isEqualTo("Mendes, R. T., and L. Acheampong");
        assertThat(r.year()).isEqualTo("2004");
        assertThat(r.title()).isEqualTo("Grain prices in the interwar press");
    }

    @Test
    void mlaWithQuotedTitle() {
        ParsedReference r = parse("Kowalczyk, Irena. \"Letters from the Shipyard.\" Baltic Quarterly 14.3 (1999): 22-41.");
        assertThat(r.author()).isEqualTo("Kowalczyk, Irena");
        assertThat(r.title()).isEqualTo("Letters from the Shipyard");
        assertThat(r.titleQuoted()).isTrue();
        assertThat(r.year()).isEqualTo("1999");
    }

    @Test
    void ieeeNumbered() {
        ParsedReference r = parse("[12] T. Marsh, K. Oyelaran, and P. van Dijk, “Sparse indexing of scanned ledgers,” "
                + "IEEE Trans. Doc. Eng., vol. 7, no. 3, pp. 201–209, Mar. 2011.");
        assertThat(r.author()).isEqualTo("T. Marsh, K. Oyelaran, and P. van Dijk");
        assertThat(r.title()).isEqualTo("Sparse indexing of scanned ledgers");
        assertThat(r.year()).isEqualTo("2011");
        assertThat(r.locator()).isEqualTo("pp. 201–209");
    }

    @Test
    void vancouver() {
        ParsedReference r = parse("3. Haddad RM, Ostrowski K, de Winter JP. Seasonal migration of dock labour. Econ Hist Rev. 2007;60(4):712-30.");
        assertThat(r.author()).isEqualTo("Haddad RM, Ostrowski K, de Winter JP");
        assertThat(r.title()).isEqualTo("Seasonal migration of dock labour");
        assertThat(r.year()).isEqualTo("2007");
    }

    @Test
    void commaSeparatedStyle() {
        ParsedReference r = parse("Quist, A., Trade Guilds and Their Records, Northern Archives, 19, 45-60 (1977).");
        assertThat(r.author()).isEqualTo("Quist, A.");
        assertThat(r.title()).isEqualTo("Trade Guilds and Their Records");
        assertThat(r.year()).isEqualTo("1977");
    }

    @Test
    void pageRangesAndAccessDatesAreNotTheYear() {
        ParsedReference r = parse("Ibarra, S. Coastal ledgers. Harbour Studies 4 (1931), pp. 1761–1800. Accessed 12 May 2020.");
        assertThat(r.year()).isEqualTo("1931");
    }

    @Test
    void sameAuthorAsPreviousEntry() {
        ParsedReference r = parse("———. The Harbour Masters. London: Tidewater, 1991.");
        assertThat(r.sameAuthorAsAbove()).isTrue();
        assertThat(r.author()).isNull();
        assertThat(r.title()).isEqualTo("The Harbour Masters");
    }

    @Test
    void organisationAsAuthor() {
        ParsedReference r = parse("National Board of Antiquities (2012). Guidelines for parish records. Helsinki: NBA.");
        assertThat(r.author()).isEqualTo("National Board of Antiquities");
        assertThat(r.title()).isEqualTo("Guidelines for parish records");
    }
}
