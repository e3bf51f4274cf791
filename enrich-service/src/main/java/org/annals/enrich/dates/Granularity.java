package org.annals.enrich.dates;

/** How precise a resolved {@link Period} is. */
enum Granularity { DAY, WEEK, MONTH, SEASON, QUARTER, YEAR, DECADE, CENTURY }
