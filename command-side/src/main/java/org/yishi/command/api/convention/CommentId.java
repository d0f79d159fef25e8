package org.yishi.command.api.convention;

import org.yishi.command.api.Rejection;

/** Identifies one comment on a clause. */
public record CommentId(String value) {

    public CommentId {
        if (value == null || value.isBlank()) {
            throw new Rejection("评论编号不能为空", "A comment id is required");
        }
    }

    /** The bare value, as pages and links carry it. */
    @Override
    public String toString() {
        return value;
    }
}
