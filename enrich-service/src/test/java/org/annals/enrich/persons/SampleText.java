package org.annals.enrich.persons;

import java.util.Random;

/** Generates deterministic newspaper-like English text with names, titles and OCR breaks, for tests and the benchmark. */
final class SampleText {

    private static final String[] PARAGRAPHS = {
        "The meeting was called to order by Hon. Peter Sylvester, who read a letter from Capt. Kepling of the "
            + "brig Essex. Sylvester said the harbour would be closed until the first of May, and the council agreed.",
        "Alexandra Kollontai spoke for the Workers' Opposition. Kollontai argued that the unions should manage "
            + "industry, while Lenin's supporters answered that the party must lead. She was not persuaded.",
        "RICHARD HENRY LEE, Esquire, of Virginia, moved the resolution. Mr. Lee was seconded by Dr. Read, and "
            + "the motion carried after a long debate on the state of the roads and the price of corn.",
        "A letter from Mrs. Hayes of Colorado Springs reports that her sister, Miss Winnie Davis, is recovering. "
            + "The family thanks the physicians of the county hospital for their care during the winter.",
        "Prices of wheat and oats rose again this week on the news from the western markets; dealers expect "
            + "a quiet season, and the farmers of the valley are holding their grain in the barns for now.",
        "The committee, consisting of John Rawls, Simon Walters and Benjamin Ballard, Esq., reported that the "
            + "new school house will be finished by the autumn, at a cost of some four hundred dollars.",
        "Gen. Sprague wrote from the fort that the Indians had kept the peace; Capt. Johnson of the schooner "
            + "Mary has arrived from Boston with a cargo of salt, iron and forty barrels of flour.",
        "Yesterday the court heard the case of Flora C. Lucas against the county commissioners. Judge Burgess "
            + "reserved his decision, and Lucas said that she would appeal if the ruling went against her.",
    };

    private SampleText() {
    }

    /** About {@code paragraphs} paragraphs, with some lines broken and hyphenated as in OCR output. */
    static String newspaper(int paragraphs) {
        Random random = new Random(42);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < paragraphs; i++) {
            String p = PARAGRAPHS[random.nextInt(PARAGRAPHS.length)];
            if (random.nextInt(4) == 0) {
                p = p.replace("Alexandra", "Alexan¬\ndra");
            }
            sb.append(p).append("\n\n");
        }
        return sb.toString();
    }
}
