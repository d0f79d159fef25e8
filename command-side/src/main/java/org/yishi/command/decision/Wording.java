package org.yishi.command.decision;

import org.yishi.command.text.CommandText;

/**
 * A decision's title and text as the party secretary may review them: a title of at most 100 characters and a text
 * that is not blank, of at most 5,000. A draft recorded from a motion or an item may fall short of this (a long
 * question, say); the committee revises it before submitting.
 */
record Wording(String title, String text) {

    static final int MAX_TITLE = 100;
    static final int MAX_TEXT = 5000;

    static Wording of(String title, String text) {
        return new Wording(CommandText.required(title, MAX_TITLE, "决议标题", "A decision's title"),
                           CommandText.required(text, MAX_TEXT, "决议正文", "A decision's text"));
    }
}
