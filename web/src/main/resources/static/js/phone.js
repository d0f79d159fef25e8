// The resident's phone view: check in, leave, ask for the floor or withdraw, record a position; the person's own
// state comes from /api/sessions/{id}/me, asked again after each action and whenever the board changes; whether
// they speak or wait is read from the live board's speakers list.
(function () {
    'use strict';
    const root = document.getElementById('board');
    const id = encodeURIComponent(root.dataset.session);
    const base = '/api/sessions/' + id;
    // the running vote comes with the board; voting itself is on the motion's own page, one tap away
    const voteLink = (vote, L) => vote.status === 'OPEN'
                                  ? YishiBoard.h('a', {class: 'button big', 'data-role': 'vote-link',
                                                       href: '/motions/' + encodeURIComponent(vote.motionId)},
                                                 L['vote.go'])
                                  : null;
    const board = YishiBoard.start({
        root: root,
        renderers: {
            vote: {sections: ['vote'], render: (s, L) => YishiBoard.renderVote(s.vote, L, vote => voteLink(vote, L))}
        }
    });
    const L = board.labels;
    const reason = document.getElementById('reason');
    const error = root.querySelector('[data-role=error]');
    let me = JSON.parse(root.dataset.me);
    let stance = me.stance;
    let asking = null;

    let speakers = null;

    /**
     * Whether the person speaks or waits is on the live board itself, positioned and pushed; the person's own view
     * (/me) can follow it by a moment, so the board's speakers list wins for those two.
     */
    function withBoard(who) {
        if (!speakers || !who.checkedIn) {
            return who;
        }
        const speaking = !!(speakers.current && speakers.current.personId === who.personId);
        const place = (speakers.waiting || []).findIndex(speaker => speaker.personId === who.personId) + 1;
        return Object.assign({}, who, {speaking: speaking, placeInLine: speaking ? 0 : place});
    }

    function show(who) {
        me = withBoard(who);
        const state = root.querySelector('[data-role=me-state]');
        const lines = [];
        if (!me.checkedIn) {
            lines.push(L['me.out']);
        } else {
            lines.push(L['me.in'] + (me.method ? '（' + (L['method.' + me.method] || me.method) + '）' : ''));
            lines.push(me.counts ? L['me.counts'] : L['me.notCounted']);
            if (me.speaking) {
                lines.push(L['me.speaking']);
            } else if (me.placeInLine > 0) {
                lines.push(L['me.waiting'].replace('{0}', me.placeInLine));
            }
            if (me.stance) {
                lines.push(L['me.stance'] + (L['stance.' + me.stance] || me.stance));
            }
        }
        state.replaceChildren(...lines.map(line => YishiBoard.h('div', {}, line)));
        state.dataset.checkedIn = String(me.checkedIn);
        state.dataset.placeInLine = String(me.placeInLine);
        state.dataset.stance = me.stance || '';
        const item = board.current();
        toggle('out', !me.checkedIn);
        toggle('in', me.checkedIn);
        toggle('waiting', me.placeInLine > 0);
        toggle('not-waiting', me.placeInLine === 0 && !me.speaking);
        toggle('item', item !== null);
        if (item && me.currentItemId !== item.itemId) {
            stance = null;
        }
        if (stance === null && me.stance && me.currentItemId === (item && item.itemId)) {
            stance = me.stance;
            reason.value = me.reason || '';
            count();
        }
        root.querySelectorAll('[data-stance]').forEach(button =>
            button.setAttribute('aria-pressed', String(button.dataset.stance === stance)));
    }

    function toggle(when, visible) {
        root.querySelectorAll('[data-when="' + when + '"]').forEach(element => element.hidden = !visible);
    }

    function refresh() {
        return YishiBoard.api('GET', base + '/me').then(who => {
            show(who);
            return who;
        }).catch(() => null /* the next change asks again */);
    }

    /**
     * After one's own action, which is stored by now: the person's view follows the events by a moment, so ask
     * again, less and less often, until it shows the change.
     */
    function refreshUntilChanged(before, attempt) {
        return refresh().then(who => {
            if (who !== null && JSON.stringify(who) !== before || attempt >= 8) {
                return who;
            }
            return new Promise(resolve => setTimeout(resolve, 200 * Math.pow(2, Math.min(attempt, 4))))
                .then(() => refreshUntilChanged(before, attempt + 1));
        });
    }

    // the board moved: maybe because of this person, maybe not; ask now and once more a moment later
    function debounce() {
        clearTimeout(asking);
        asking = setTimeout(() => refresh().then(() => asking = setTimeout(refresh, 1500)), 200);
    }

    function act(method, path, body) {
        error.hidden = true;
        const before = JSON.stringify(me);
        return YishiBoard.api(method, base + path, body).then(() => refreshUntilChanged(before, 0)).catch(failure => {
            error.textContent = failure.message;
            error.hidden = false;
        });
    }

    function count() {
        root.querySelector('[data-role=reason-count]').textContent = String(reason.value.length);
    }

    const actions = {
        'check-in-online': () => act('POST', '/check-in', {}),
        'check-in-code': () => act('POST', '/check-in', {code: document.getElementById('code').value.trim()}),
        'leave': () => act('POST', '/leave'),
        'ask': () => act('POST', '/floor'),
        'withdraw': () => act('DELETE', '/floor'),
        'position': () => stance && act('PUT', '/position', {stance: stance, reason: reason.value.trim()})
    };
    root.addEventListener('click', event => {
        const button = event.target.closest('button');
        if (!button) {
            return;
        }
        if (button.dataset.stance) {
            stance = button.dataset.stance;
            show(me);
        } else if (actions[button.dataset.action]) {
            button.disabled = true;
            Promise.resolve(actions[button.dataset.action]()).finally(() => button.disabled = false);
        }
    });
    reason.addEventListener('input', count);
    board.onChange(state => {
        if (state.sections && state.sections.speakers) {
            speakers = state.sections.speakers;
            show(me);
        }
        debounce();
    });
    show(me);
    count();
})();
