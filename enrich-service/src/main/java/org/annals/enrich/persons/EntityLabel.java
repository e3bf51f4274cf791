package org.annals.enrich.persons;

/** The classes of the 3-class CRF, plus O for "no entity". */
enum EntityLabel {
    PERSON, LOCATION, ORGANIZATION, O;

    static EntityLabel of(String answer) {
        return switch (answer) {
            case "PERSON" -> PERSON;
            case "LOCATION" -> LOCATION;
            case "ORGANIZATION" -> ORGANIZATION;
            default -> O;
        };
    }
}
