package org.veritext.core.names;

/**
 * An existing owner whose name or alias probably means the same as a new name.
 *
 * @param owner        the existing actor or event
 * @param existingName its name or alias that is similar
 * @param newName      the new name (or alias) it is similar to
 * @param similarity   why
 */
public record SimilarName<T>(T owner, String existingName, String newName, Similarity similarity) {

    /** A sentence for the warning a fact-checker sees. */
    public String explanation() {
        return switch (similarity) {
            case SAME_NAME -> "“" + newName + "” is another spelling of “" + existingName + "”";
            case SAME_WORDS -> "“" + newName + "” has the same words as “" + existingName + "”";
            case CLOSE_SPELLING -> "“" + newName + "” is spelled almost like “" + existingName + "”";
            case PART_OF_NAME -> existingName.length() > newName.length()
                    ? "“" + newName + "” is part of “" + existingName + "”"
                    : "“" + existingName + "” is part of “" + newName + "”";
        };
    }
}
