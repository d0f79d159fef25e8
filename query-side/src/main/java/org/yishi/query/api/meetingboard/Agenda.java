package org.yishi.query.api.meetingboard;

import java.util.List;

/** The agenda in order, and the item running now ({@code currentItemId} null between items). */
public record Agenda(List<AgendaItem> items, String currentItemId) {
}
