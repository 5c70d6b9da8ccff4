package org.clinicqueue.domain.display;

/** One sentence for a display to say, in one language (a BCP 47 language code such as "hi"). */
public record Utterance(String lang, String text) {
}
