package factcheck.core.extract.person;

import java.util.Optional;
import java.util.Set;

/**
 * US states and big cities that qualify a title the way a country does: "Texas Gov. Greg Abbott",
 * "New York City Mayor", "Mayor Sylvester Turner of Houston". The form is passed on as written and
 * the knowledge base tells which jurisdiction it means ("New York Governor" is the state's,
 * "New York Mayor" the city's). Like bodies, and unlike country words, these never veto a name:
 * "Austin", "Jackson" or "Washington" are surnames too.
 */
final class PlaceTable {

    private static final Set<String> PLACES = Set.of(
        // the 50 states
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware",
        "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky",
        "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri",
        "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York",
        "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island",
        "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington",
        "West Virginia", "Wisconsin", "Wyoming",
        // the capital and the 50 largest cities (other than those named like their state)
        "D.C.", "DC", "New York City", "NYC", "Los Angeles", "L.A.", "Chicago", "Houston", "Phoenix",
        "Philadelphia", "San Antonio", "San Diego", "Dallas", "San Jose", "Austin", "Jacksonville", "Fort Worth",
        "Columbus", "Charlotte", "Indianapolis", "San Francisco", "Seattle", "Denver", "Oklahoma City",
        "Nashville", "El Paso", "Boston", "Portland", "Las Vegas", "Detroit", "Memphis", "Louisville",
        "Baltimore", "Milwaukee", "Albuquerque", "Tucson", "Fresno", "Sacramento", "Mesa", "Kansas City",
        "Atlanta", "Omaha", "Colorado Springs", "Raleigh", "Long Beach", "Virginia Beach", "Miami", "Oakland",
        "Minneapolis", "Tulsa", "Bakersfield", "Wichita", "Arlington");

    /** The most words a form has ("New York City"). */
    static final int MAX_WORDS = 3;

    private PlaceTable() {
    }

    /** The place a written form names (the form itself), or empty. */
    static Optional<String> place(String form) {
        return PLACES.contains(form) ? Optional.of(form) : Optional.empty();
    }
}
