// The live board client shared by the projector board, the phone view and the moderator console, and the still
// board a session's replay shows step by step with the same renderers.
//
// It starts from the board the page was rendered with (or the one kept in sessionStorage, if that is newer), then
// follows the session over STOMP: subscribe the topic and buffer, subscribe the catch-up from the last applied
// position, apply it, then apply buffered and later updates whose position is greater than the last applied one and
// ignore the rest. After a drop it reconnects with back-off and catches up again from where it was. The last applied
// position is on the root as data-position; each changed section is re-rendered whole.
(function () {
    'use strict';

    const MAX_DELAY = 30000;

    function cookie(name) {
        const found = document.cookie.split('; ').find(part => part.startsWith(name + '='));
        return found ? decodeURIComponent(found.substring(name.length + 1)) : '';
    }

    function english() {
        return (document.documentElement.lang || '').startsWith('en');
    }

    /**
     * Calls the REST API as the signed-in browser; rejects with an Error in the reader's language, whose status is
     * the HTTP status (0 when no answer came). {@code extra}: more headers, such as an Idempotency-Key.
     */
    function api(method, url, body, extra) {
        // the page's own token first: the cookie is only set once a page has used the token
        const meta = document.querySelector('meta[name=_csrf]');
        const token = meta && meta.content ? meta.content : cookie('XSRF-TOKEN');
        const headers = Object.assign({'Accept': 'application/json', 'X-XSRF-TOKEN': token}, extra || {});
        if (body !== undefined) {
            headers['Content-Type'] = 'application/json';
        }
        return fetch(url, {
            method: method, headers: headers, credentials: 'same-origin',
            body: body === undefined ? undefined : JSON.stringify(body)
        }).then(response => response.text().then(text => {
            const json = text ? safeJson(text) : null;
            if (response.ok) {
                return json;
            }
            const message = json && json.messages
                            ? (english() ? json.messages.en : json.messages['zh-CN']) || json.message
                            : (json && json.message) || ('HTTP ' + response.status + (text ? ' ' + text : ''));
            const error = new Error(message);
            error.status = response.status;
            return Promise.reject(error);
        }), failure => {
            const error = new Error(failure.message);
            error.status = 0;
            return Promise.reject(error);
        });
    }

    function safeJson(text) {
        try {
            return JSON.parse(text);
        } catch (e) {
            return null;
        }
    }

    /** An instant as the server writes it (ISO text, or seconds since the epoch) in milliseconds. */
    function instant(value) {
        if (value === null || value === undefined) {
            return null;
        }
        return typeof value === 'number' ? value * 1000 : Date.parse(value);
    }

    function h(tag, attributes, ...children) {
        const element = document.createElement(tag);
        Object.entries(attributes || {}).forEach(([name, value]) => {
            if (value !== null && value !== undefined && value !== false) {
                element.setAttribute(name, value === true ? '' : value);
            }
        });
        children.flat(Infinity).forEach(child => {
            if (child !== null && child !== undefined && child !== false) {
                element.append(child instanceof Node ? child : document.createTextNode(String(child)));
            }
        });
        return element;
    }

    function clock(ms) {
        const seconds = Math.max(0, Math.ceil(ms / 1000));
        return Math.floor(seconds / 60) + ':' + String(seconds % 60).padStart(2, '0');
    }

    function time(value) {
        const ms = instant(value);
        return ms === null ? '' : new Date(ms).toLocaleTimeString(english() ? 'en-GB' : 'zh-CN',
                                                                   {hour: '2-digit', minute: '2-digit',
                                                                    timeZone: 'Asia/Shanghai'});
    }

    /** A line the server words in both languages, in the reader's. */
    function wording(line) {
        return line ? (english() ? line.english : line.chinese) : '';
    }

    function optionLabel(vote, key) {
        const option = (vote.options || []).find(candidate => candidate.key === key);
        return option ? (english() ? option.english : option.chinese) : key;
    }

    /**
     * The session's vote: while open, its question, options, rules and turnout only (no counts, named or secret);
     * once closed, the outcome, every option's count, how the rule was applied and the rule set's version.
     */
    function renderVote(vote, L, extra) {
        const word = key => L[key] || key;
        if (!vote) {
            return h('div', {class: 'muted', 'data-role': 'vote-status', 'data-status': 'NONE'}, word('vote.none'));
        }
        const open = vote.status === 'OPEN';
        const parts = [h('div', {class: 'vote-status status status-' + vote.status, 'data-role': 'vote-status',
                                 'data-status': vote.status}, word(open ? 'vote.open' : 'vote.closed')),
                       h('div', {class: 'vote-question', 'data-role': 'vote-question'}, vote.question),
                       h('div', {class: 'turnout'},
                         h('strong', {'data-role': 'turnout'}, vote.turnout), ' / ',
                         h('span', {'data-role': 'eligible'}, vote.eligible),
                         h('span', {class: 'unit'}, ' ' + word('vote.turnout') + ' / ' + word('vote.eligible')))];
        if (open) {
            parts.push(h('ul', {class: 'vote-options'}, (vote.options || []).map(option =>
                h('li', {'data-option': option.key}, optionLabel(vote, option.key)))));
            if (vote.closesAt) {
                parts.push(h('div', {class: 'muted'}, word('vote.closesAt') + ' ' + time(vote.closesAt)));
            }
            parts.push(h('ul', {class: 'vote-rules muted', 'data-role': 'vote-rules'},
                         (vote.rules || []).map(line => h('li', {}, wording(line)))));
        } else if (vote.result) {
            const result = vote.result;
            parts.push(h('div', {class: 'vote-outcome outcome-' + result.outcome, 'data-role': 'vote-outcome',
                                 'data-outcome': result.outcome},
                         word('result.' + result.outcome),
                         result.chosen && vote.method === 'SINGLE_CHOICE'
                         ? '：' + optionLabel(vote, result.chosen) : ''));
            const counts = (result.tally && result.tally.counts) || {};
            parts.push(h('ul', {class: 'vote-counts'}, (vote.options || []).map(option =>
                h('li', {'data-option': option.key}, h('span', {}, optionLabel(vote, option.key)), ' ',
                  h('strong', {'data-role': 'count-' + option.key}, counts[option.key] || 0)))));
            parts.push(h('div', {class: 'vote-rule', 'data-role': 'vote-rule'},
                         word('vote.rule') + '：' + wording(result.explanation)));
            const objections = (result.tally && result.tally.objections) || [];
            if (objections.length) {
                parts.push(h('div', {class: 'label'}, word('vote.objections')));
                parts.push(h('ul', {class: 'objections', 'data-role': 'objections'},
                             objections.map(reason => h('li', {}, reason))));
            }
            if (result.ruleSet) {
                parts.push(h('div', {class: 'muted', 'data-role': 'rule-set'},
                             word('vote.ruleSet') + '：' + word('kind.' + result.ruleSet.kind) + ' v'
                             + result.ruleSet.version));
            }
        }
        if (extra) {
            parts.push(extra(vote));
        }
        return parts;
    }

    // The default renderers: which board sections each page section shows, and how.
    function defaultRenderers(L) {
        const word = key => L[key] || key;
        return {
            vote: {sections: ['vote'], render: (s) => renderVote(s.vote, L)},
            header: {
                sections: ['header'], render: (s) => {
                    const header = s.header;
                    return [h('span', {class: 'status status-' + header.status, 'data-role': 'status'},
                              word('status.' + header.status)),
                            header.agendaPublished
                            ? [' ', h('span', {class: 'badge', 'data-role': 'agenda-published'},
                                      word('agendaPublished'))] : null,
                            ' ', h('span', {class: 'muted'},
                                   [time(header.startsAt), header.place, header.moderatorName]
                                       .filter(Boolean).join(' · '))];
                }
            },
            current: {
                sections: ['agenda'], render: (s) => {
                    const item = current(s);
                    return item ? h('div', {class: 'item-title', 'data-role': 'current-item'}, item.title)
                                : h('div', {class: 'muted', 'data-role': 'current-item'}, word('noItem'));
                }
            },
            agenda: {
                sections: ['agenda'], render: (s) => {
                    if (!s.agenda.items.length) {
                        return h('p', {class: 'muted'}, word('agendaEmpty'));
                    }
                    return h('ol', {class: 'agenda'}, s.agenda.items.map(item => h('li', {
                        class: 'item item-' + item.status, 'data-item': item.itemId
                    }, h('span', {class: 'badge'}, word('item.' + item.status)), ' ', item.title,
                       ' ', h('span', {class: 'muted'}, item.plannedMinutes + "'"),
                       item.outcome ? h('div', {class: 'outcome'}, word('outcome.' + item.outcome),
                                        item.outcomeText ? '：' + item.outcomeText : '') : null)));
                }
            },
            presence: {
                sections: ['presence'], render: (s) => {
                    const p = s.presence;
                    const parts = [];
                    if (p.required > 0) {
                        parts.push(h('div', {class: 'count'},
                                     h('strong', {'data-role': 'present'}, p.present), ' / ',
                                     h('span', {'data-role': 'required'}, p.required),
                                     h('span', {class: 'unit'}, ' ' + word('present') + ' / ' + word('required'))));
                        parts.push(h('div', {class: 'quorum ' + (p.quorumReached ? 'yes' : 'no'),
                                             'data-role': 'quorum'},
                                     word(p.quorumReached ? 'quorumReached' : 'quorumNotReached')));
                    } else {
                        parts.push(h('div', {class: 'quorum none', 'data-role': 'quorum'}, word('noQuorum')));
                    }
                    parts.push(h('div', {class: 'attendance'}, word('attendees') + ' ',
                                 h('strong', {'data-role': 'attendees'}, p.attendees),
                                 ' （' + word('inRoom') + ' ' + p.inRoom + ' · ' + word('online') + ' ' + p.online
                                 + '）'));
                    return parts;
                }
            },
            speaker: {
                sections: ['speakers'], render: (s) => {
                    const speaker = s.speakers.current;
                    if (!speaker) {
                        return h('div', {class: 'muted', 'data-role': 'speaker'}, word('nobody'));
                    }
                    return [h('div', {class: 'speaker-name', 'data-role': 'speaker'}, speaker.name),
                            speaker.outOfOrder ? h('div', {class: 'muted'}, word('outOfOrder')
                                                   + (speaker.reason ? '：' + speaker.reason : '')) : null,
                            h('div', {class: 'countdown', 'data-countdown': speaker.endsAt || ''}, '')];
                }
            },
            waiting: {
                sections: ['speakers'], render: (s) => {
                    const waiting = s.speakers.waiting;
                    return waiting.length
                           ? h('ol', {class: 'waiting', 'data-role': 'waiting'},
                               waiting.map(w => h('li', {'data-person': w.personId}, w.name)))
                           : h('div', {class: 'muted', 'data-role': 'waiting'}, word('noneWaiting'));
                }
            },
            positions: {
                sections: ['positions'], render: (s) => {
                    const p = s.positions;
                    return h('div', {class: 'counts'}, ['support', 'oppose', 'concern'].map(stance =>
                        h('div', {class: 'stance-count ' + stance},
                          h('strong', {'data-role': stance}, p[stance]),
                          h('span', {}, word('stance.' + stance.toUpperCase())))));
                }
            },
            reasons: {
                sections: ['positions'], render: (s) => {
                    const latest = s.positions.latest || [];
                    return latest.length
                           ? h('ul', {class: 'reasons'}, latest.map(r => h('li', {class: 'reason ' + r.stance},
                                h('span', {class: 'badge'}, word('stance.' + r.stance)), ' ',
                                h('strong', {}, r.name), r.reason ? '：' + r.reason : '')))
                           : h('div', {class: 'muted'}, word('noReasons'));
                }
            }
        };
    }

    /**
     * Renders the sections into the root's [data-section] elements, each through its renderer; with {@code changed},
     * only those showing a changed board section. Shared by the live board and a replay, so both look the same.
     */
    function paint(root, renderers, sections, L, changed) {
        root.querySelectorAll('[data-section]').forEach(element => {
            const renderer = renderers[element.dataset.section];
            if (!renderer) {
                return;
            }
            if (changed && !renderer.sections.some(section => changed.includes(section))) {
                return;
            }
            // the vote is the one section a board may lack: until a session's first motion there is none
            if (renderer.sections.some(section => !sections[section] && section !== 'vote')) {
                return;
            }
            element.replaceChildren(...[renderer.render(sections, L)].flat(Infinity)
                .filter(child => child !== null && child !== undefined && child !== false));
        });
    }

    /** Each speaker's countdown as it stands at {@code now} (milliseconds since the epoch). */
    function countdowns(root, now, L) {
        root.querySelectorAll('[data-countdown]').forEach(element => {
            const endsAt = instant(element.dataset.countdown);
            if (!endsAt) {
                element.textContent = '';
                return;
            }
            const left = endsAt - now;
            element.textContent = left > 0 ? clock(left) : L.timeUp || '0:00';
            element.classList.toggle('ending', left > 0 && left <= 30000);
            element.classList.toggle('over', left <= 0);
        });
    }

    /**
     * A board that does not follow the session: it shows the sections it is given (a replay's step), with each
     * speaker's time counted down to the given moment instead of the clock's.
     */
    function still(options) {
        const root = options.root;
        const L = JSON.parse(root.dataset.labels || '{}');
        const renderers = Object.assign(defaultRenderers(L), options.renderers || {});
        return {
            labels: L,
            show: (sections, at) => {
                paint(root, renderers, sections, L, null);
                countdowns(root, instant(at), L);
            }
        };
    }

    function current(sections) {
        const agenda = sections.agenda;
        return agenda && agenda.currentItemId
               ? agenda.items.find(item => item.itemId === agenda.currentItemId) || null : null;
    }

    function start(options) {
        const root = options.root;
        const sessionId = root.dataset.session;
        const L = JSON.parse(root.dataset.labels || '{}');
        const renderers = Object.assign(defaultRenderers(L), options.renderers || {});
        const key = 'yishi.board.' + sessionId;
        const listeners = options.onChange ? [options.onChange] : [];
        const initial = JSON.parse(root.dataset.board);
        let state = {position: initial.position, sections: initial.sections};
        const kept = safeJson(sessionStorage.getItem(key) || 'null');
        if (kept && kept.position > state.position) {
            state = kept;
        }
        let offset = 0; // server clock minus ours, from the last catch-up
        let client = null;
        let attempt = 0;
        let retry = null;

        function keep() {
            root.dataset.position = String(state.position);
            try {
                sessionStorage.setItem(key, JSON.stringify(state));
            } catch (e) {
                // a full or forbidden storage only costs a snapshot after a reload
            }
        }

        function render(changed) {
            paint(root, renderers, state.sections, L, changed);
            tick();
            listeners.forEach(listener => listener(state, changed || Object.keys(state.sections)));
        }

        function apply(update) {
            if (update.position <= state.position) {
                return null;
            }
            const changed = Object.keys(update.changed || {});
            changed.forEach(section => state.sections[section] = update.changed[section]);
            state.position = update.position;
            return changed;
        }

        function applyAndRender(update) {
            const changed = apply(update);
            if (changed) {
                keep();
                render(changed);
            }
        }

        function connection(status) {
            root.dataset.live = status;
            const banner = root.querySelector('[data-role=connection]');
            if (banner) {
                banner.textContent = L[status] || status;
                banner.className = 'connection ' + status;
            }
        }

        function tick() {
            countdowns(root, Date.now() + offset, L);
        }

        function url() {
            return (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/ws';
        }

        function connect() {
            retry = null;
            let buffered = [];
            let caughtUp = false;
            const stomp = new StompJs.Client({
                brokerURL: url(), reconnectDelay: 0, heartbeatIncoming: 10000, heartbeatOutgoing: 10000
            });
            client = stomp;
            stomp.onConnect = () => {
                stomp.subscribe('/topic/sessions/' + sessionId + '/board', message => {
                    const update = JSON.parse(message.body);
                    if (caughtUp) {
                        applyAndRender(update);
                    } else {
                        buffered.push(update);
                    }
                });
                const catchUp = stomp.subscribe('/app/sessions/' + sessionId + '/board/since/' + state.position,
                                                message => {
                    catchUp.unsubscribe();
                    const answer = JSON.parse(message.body);
                    if (answer.serverTime) {
                        offset = instant(answer.serverTime) - Date.now();
                    }
                    let changed = [];
                    if (answer.kind === 'snapshot') {
                        state = {position: answer.board.position, sections: answer.board.sections};
                        changed = Object.keys(state.sections);
                    } else {
                        (answer.updates || []).forEach(update => changed = changed.concat(apply(update) || []));
                    }
                    buffered.forEach(update => changed = changed.concat(apply(update) || []));
                    buffered = [];
                    caughtUp = true;
                    attempt = 0;
                    keep();
                    render([...new Set(changed)]);
                    connection('live');
                });
                stomp.subscribe('/user/queue/errors', message => {
                    const error = safeJson(message.body) || {};
                    show(error.messages ? (english() ? error.messages.en : error.messages['zh-CN']) : error.message);
                });
            };
            stomp.onStompError = frame => {
                show(frame.headers && frame.headers.message);
                dropped(stomp);
            };
            stomp.onWebSocketClose = () => dropped(stomp);
            stomp.onWebSocketError = () => dropped(stomp);
            stomp.activate();
        }

        function dropped(stomp) {
            if (stomp !== client || retry !== null) {
                return;
            }
            connection('reconnecting');
            stomp.deactivate();
            const delay = Math.min(MAX_DELAY, 1000 * Math.pow(2, attempt)) * (0.75 + Math.random() / 2);
            attempt++;
            retry = setTimeout(connect, delay);
        }

        function show(message) {
            const box = root.querySelector('[data-role=error]');
            if (box && message) {
                box.textContent = message;
                box.hidden = false;
            }
        }

        keep();
        render(null);
        connection('connecting');
        setInterval(tick, 250);
        connect();
        return {
            state: () => state,
            labels: L,
            onChange: listener => listeners.push(listener),
            current: () => current(state.sections),
            show: show
        };
    }

    window.YishiBoard = {start: start, still: still, api: api, h: h, current: current, instant: instant,
                         renderVote: renderVote, wording: wording, optionLabel: optionLabel, time: time};
})();
