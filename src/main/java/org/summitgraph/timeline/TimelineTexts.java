package org.summitgraph.timeline;

import org.summitgraph.exercise.ExerciseKind;
import org.summitgraph.i18n.Language;
import org.summitgraph.i18n.LocalizedText;
import org.summitgraph.organization.MembershipStatus;

/**
 * The short texts of timeline entries: a phrase for what happened, in each language, around the name of its
 * subject (a milestone's own description stands alone). "Label: name" keeps the phrases free of the grammar
 * of names (articles and cases in French and Russian); French puts a space before the colon.
 */
final class TimelineTexts {

    private static final String NAME = "%s";
    private static final LocalizedText ALONE = new LocalizedText(NAME, NAME, NAME);
    private static final LocalizedText JOINED = new LocalizedText("Joined: %s", "Adhésion : %s", "Вступление: %s");
    private static final LocalizedText REJOINED = new LocalizedText("Rejoined: %s", "Réadhésion : %s",
            "Повторное вступление: %s");
    private static final LocalizedText RESUMED = new LocalizedText("Membership active again: %s",
            "Reprise de la participation : %s", "Возобновление участия: %s");
    private static final LocalizedText SECRETARY_GENERAL = new LocalizedText("Secretary General took office: %s",
            "Entrée en fonction du secrétaire général : %s", "Вступление в должность Генерального секретаря: %s");
    private static final LocalizedText ACTING_SECRETARY_GENERAL = new LocalizedText(
            "Acting Secretary General took office: %s", "Entrée en fonction du secrétaire général par intérim : %s",
            "Вступление в должность исполняющего обязанности Генерального секретаря: %s");
    private static final LocalizedText EXERCISE = new LocalizedText("Exercise: %s", "Exercice : %s", "Учения: %s");
    private static final LocalizedText OPERATION = new LocalizedText("Operation: %s", "Opération : %s",
            "Операция: %s");

    private TimelineTexts() {
    }

    /**
     * The entry's text in each language, the subject's {@code name} falling back to English where it is
     * missing. {@code detail} tells phrases of one kind apart: a membership's status before the change (null
     * for its first), ACTING for an acting Secretary General, an exercise's kind.
     */
    static LocalizedText of(TimelineKind kind, String detail, LocalizedText name) {
        LocalizedText phrase = phrase(kind, detail);
        return new LocalizedText(fill(phrase.en(), name.in(Language.EN)), fill(phrase.fr(), name.in(Language.FR)),
                fill(phrase.ru(), name.in(Language.RU)));
    }

    private static String fill(String phrase, String name) {
        // replace, not format: a name may hold a '%'
        return phrase.replace(NAME, name);
    }

    private static LocalizedText phrase(TimelineKind kind, String detail) {
        return switch (kind) {
            case MILESTONE -> ALONE;
            case SUMMIT_HELD -> new LocalizedText("Summit held: %s", "Sommet tenu : %s", "Саммит состоялся: %s");
            case SUMMIT_SCHEDULED -> new LocalizedText("Summit scheduled: %s", "Sommet prévu : %s",
                    "Саммит запланирован: %s");
            case SUMMIT_POSTPONED -> new LocalizedText("Summit postponed: %s", "Sommet reporté : %s",
                    "Саммит перенесён: %s");
            case SUMMIT_CANCELLED -> new LocalizedText("Summit cancelled: %s", "Sommet annulé : %s",
                    "Саммит отменён: %s");
            case MEMBERSHIP_ACTIVE -> detail == null ? JOINED : MembershipStatus.WITHDRAWN.name().equals(detail) ? REJOINED : RESUMED;
            case MEMBERSHIP_SUSPENDED -> new LocalizedText("Membership suspended: %s", "Adhésion suspendue : %s",
                    "Членство приостановлено: %s");
            case MEMBERSHIP_WITHDRAWN -> new LocalizedText("Withdrew: %s", "Retrait : %s", "Выход: %s");
            case CHAIRMANSHIP_STARTED -> new LocalizedText("Chairmanship began: %s", "Début de la présidence : %s",
                    "Начало председательства: %s");
            case SECRETARY_GENERAL_TOOK_OFFICE -> "ACTING".equals(detail) ? ACTING_SECRETARY_GENERAL : SECRETARY_GENERAL;
            case EXERCISE_HELD -> ExerciseKind.OPERATION.name().equals(detail) ? OPERATION : EXERCISE;
        };
    }
}
