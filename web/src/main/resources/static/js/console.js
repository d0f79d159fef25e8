// The moderator's console: the agenda with its controls, the session's steps, the speakers list and the staff's
// check-in, each a call to the REST API. Nothing changes on screen until the board reports what was stored.
(function () {
    'use strict';
    const root = document.getElementById('board');
    const id = encodeURIComponent(root.dataset.session);
    const base = '/api/sessions/' + id;
    const staff = root.dataset.staff === 'true';
    const h = YishiBoard.h;
    const error = root.querySelector('[data-role=error]');
    const notice = root.querySelector('[data-role=notice]');
    let board = null;

    function agenda(sections, L) {
        const items = sections.agenda.items;
        if (!items.length) {
            return h('p', {class: 'muted'}, L.agendaEmpty);
        }
        return h('ol', {class: 'agenda'}, items.map((item, i) => h('li', {
            class: 'item item-' + item.status, 'data-item': item.itemId
        }, h('span', {class: 'badge'}, L['item.' + item.status]), ' ', h('span', {class: 'title'}, item.title), ' ',
           h('span', {class: 'muted'}, item.plannedMinutes + "'"),
           item.outcome ? h('div', {class: 'outcome'}, L['outcome.' + item.outcome],
                            item.outcomeText ? '：' + item.outcomeText : '') : null,
           staff ? h('div', {class: 'item-tools'},
                     item.status === 'PENDING'
                     ? h('button', {type: 'button', 'data-action': 'start', 'data-item': item.itemId}, L.start)
                     : null,
                     h('button', {type: 'button', class: 'secondary', 'data-action': 'up', 'data-item': item.itemId,
                                  disabled: i === 0, 'aria-label': L.up}, '↑'),
                     h('button', {type: 'button', class: 'secondary', 'data-action': 'down',
                                  'data-item': item.itemId, disabled: i === items.length - 1,
                                  'aria-label': L.down}, '↓'),
                     item.status === 'PENDING'
                     ? h('button', {type: 'button', class: 'secondary', 'data-action': 'remove',
                                    'data-item': item.itemId}, L.remove) : null) : null)));
    }

    function value(elementId) {
        const element = document.getElementById(elementId);
        return element ? element.value.trim() : '';
    }

    /** {@code path} is under the session's API, unless it is a whole API path of its own (a motion's). */
    function act(method, path, body) {
        error.hidden = true;
        notice.hidden = true;
        return YishiBoard.api(method, path.startsWith('/api/') ? path : base + path, body).then(answer => {
            notice.textContent = board.labels.saved;
            notice.hidden = false;
            return answer;
        }).catch(failure => {
            error.textContent = failure.message;
            error.hidden = false;
        });
    }

    function move(itemId, by) {
        const order = board.state().sections.agenda.items.map(item => item.itemId);
        const from = order.indexOf(itemId);
        const to = from + by;
        if (from < 0 || to < 0 || to >= order.length) {
            return null;
        }
        order.splice(to, 0, order.splice(from, 1)[0]);
        return act('PUT', '/agenda/order', {order: order});
    }

    const PASSING = {
        HALF_PRESENT: {share: {numerator: 1, denominator: 2}, atLeast: false, base: 'PRESENT'},
        HALF_CAST: {share: {numerator: 1, denominator: 2}, atLeast: false, base: 'CAST'},
        TWO_THIRDS_PRESENT: {share: {numerator: 2, denominator: 3}, atLeast: true, base: 'PRESENT'}
    };

    function checked(name) {
        return Array.from(root.querySelectorAll('input[name="' + name + '"]:checked')).map(input => input.value);
    }

    /** The vote the moderator set up in the form, on the item running now. */
    function newMotion() {
        const method = value('vote-method');
        return {
            itemId: board.current() ? board.current().itemId : null,
            question: value('vote-question'),
            method: method,
            options: method === 'SINGLE_CHOICE'
                     ? value('vote-options').split('\n').map(line => line.trim()).filter(Boolean) : [],
            abstainAllowed: document.getElementById('vote-abstain').checked,
            passing: PASSING[value('vote-passing')],
            tieRule: method === 'SINGLE_CHOICE' ? value('vote-tie') : null,
            secrecy: checked('vote-secrecy')[0],
            unit: checked('vote-unit')[0],
            stakeholderGroups: checked('vote-group'),
            changeable: document.getElementById('vote-changeable').checked
        };
    }

    /** The vote of the running item, open or closed, as the board shows it; null when there is none. */
    function vote() {
        const sections = board.state().sections;
        return sections.vote && sections.vote.motionId ? sections.vote : null;
    }

    function showVoteTools() {
        const current = vote();
        const open = !!(current && current.status === 'OPEN');
        root.querySelectorAll('[data-when="vote-open"]').forEach(element => element.hidden = !open);
        root.querySelectorAll('[data-when="no-vote"]').forEach(element => element.hidden = open);
        const method = document.getElementById('vote-method');
        if (method) {
            root.querySelectorAll('[data-when-method]').forEach(element =>
                element.hidden = element.dataset.whenMethod !== method.value);
        }
    }

    function running() {
        const item = board.current();
        return item ? encodeURIComponent(item.itemId) : null;
    }

    const actions = {
        'publish': () => act('POST', '/agenda/publish'),
        'open': () => act('POST', '/open'),
        'resume': () => act('POST', '/resume'),
        'close-session': () => act('POST', '/close'),
        'adjourn': () => act('POST', '/adjourn', {reason: value('adjourn-reason') || null}),
        'add-proposal': () => {
            const select = document.getElementById('proposal');
            return act('POST', '/agenda', {
                proposalId: select.value, title: select.options[select.selectedIndex].text,
                plannedMinutes: Number(value('item-minutes') || 30)
            });
        },
        'add-item': () => act('POST', '/agenda', {
            title: value('item-title'), plannedMinutes: Number(value('item-minutes') || 30)
        }).then(() => document.getElementById('item-title').value = ''),
        'start': button => act('POST', '/items/' + encodeURIComponent(button.dataset.item) + '/start'),
        'up': button => move(button.dataset.item, -1),
        'down': button => move(button.dataset.item, 1),
        'remove': button => act('DELETE', '/agenda/' + encodeURIComponent(button.dataset.item)),
        'close-item': () => running() && act('POST', '/items/' + running() + '/close', {
            outcome: value('outcome'), text: value('outcome-text')
        }).then(() => document.getElementById('outcome-text').value = ''),
        'give-next': () => {
            const next = board.state().sections.speakers.waiting[0];
            return next ? act('POST', '/floor/give', {speakerId: next.personId}) : null;
        },
        'give-out-of-order': () => act('POST', '/floor/give', {
            speakerId: value('out-of-order-person'), reason: value('out-of-order-reason') || null
        }),
        'end-turn': () => act('POST', '/floor/end'),
        'staff-check-in': () => act('POST', '/participants/' + encodeURIComponent(value('check-in-person'))
                                            + '/check-in'),
        'staff-leave': () => act('POST', '/participants/' + encodeURIComponent(value('check-in-person')) + '/leave'),
        'open-vote': () => act('POST', '/motions', newMotion()).then(answer => {
            if (answer && answer.motionId) {
                document.getElementById('vote-question').value = '';
                document.getElementById('open-vote').open = false;
            }
        }),
        'close-vote': () => vote() && act('POST', '/api/motions/' + encodeURIComponent(vote().motionId) + '/close'),
        'note': () => act('POST', '/notes', {
            itemId: board.current() ? board.current().itemId : null, text: value('note')
        }).then(() => document.getElementById('note').value = '')
    };

    // a passed vote becomes a draft decision, whose id the command side derives from the motion's (DecisionId.ofMotion)
    const decisionLink = (vote, L) => staff && vote.status === 'CLOSED' && vote.result
                                      && vote.result.outcome === 'PASSED'
                                      ? h('a', {class: 'button', 'data-role': 'decision-link',
                                                href: '/decisions/' + encodeURIComponent('motion-' + vote.motionId)},
                                          L['vote.decision'])
                                      : null;
    board = YishiBoard.start({
        root: root, renderers: {
            agenda: {sections: ['agenda'], render: agenda},
            vote: {sections: ['vote'], render: (s, L) => YishiBoard.renderVote(s.vote, L, v => decisionLink(v, L))}
        }
    });
    root.addEventListener('click', event => {
        const button = event.target.closest('button[data-action]');
        if (button && actions[button.dataset.action]) {
            button.disabled = true;
            Promise.resolve(actions[button.dataset.action](button)).finally(() => button.disabled = false);
        }
    });
    const visibility = document.getElementById('public-board');
    if (visibility) {
        visibility.addEventListener('change', () => act('PUT', '/board-visibility',
                                                        {publicBoard: visibility.checked}));
    }
    // the header's flags follow the board, whoever changed them
    board.onChange(state => {
        if (visibility && state.sections.header) {
            visibility.checked = state.sections.header.publicBoard;
        }
        showVoteTools();
    });
    const method = document.getElementById('vote-method');
    if (method) {
        method.addEventListener('change', showVoteTools);
    }
    showVoteTools();
})();
