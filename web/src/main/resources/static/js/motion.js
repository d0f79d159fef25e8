// The vote on a phone: one tap on an option, a confirmation, then what was recorded. A ballot is sent with an
// Idempotency-Key made when the confirmation opens, so a retry after a dropped connection is counted once. The page
// asks for the motion again after a ballot (until it shows it) and every few seconds while the vote is open, so the
// result appears when it closes.
(function () {
    'use strict';
    const root = document.getElementById('ballot');
    const id = encodeURIComponent(root.dataset.motion);
    const url = '/api/motions/' + id;
    const L = JSON.parse(root.dataset.labels || '{}');
    const h = YishiBoard.h;
    const error = root.querySelector('[data-role=error]');
    const confirmBox = root.querySelector('[data-role=confirm]');
    const reason = document.getElementById('reason');
    const FOLLOW_MS = 5000;
    let ballot = JSON.parse(root.dataset.ballot);
    let chosen = null;
    let key = null;
    let sending = false;

    function label(optionKey) {
        return YishiBoard.optionLabel(ballot, optionKey);
    }

    function myVote() {
        if (ballot.voted) {
            return ballot.secrecy === 'SECRET' ? L['ballot.votedSecret']
                                               : L['ballot.voted'].replace('{0}', label(ballot.myOption));
        }
        if (!ballot.onRoll) {
            return L['ballot.notOnRoll'];
        }
        return ballot.householdVoted ? L['ballot.householdVoted'] : L['ballot.notVoted'];
    }

    function render() {
        const open = ballot.status === 'OPEN';
        const state = root.querySelector('[data-role=my-vote]');
        const lines = [myVote()];
        if (!open) {
            lines.push(L['ballot.closed']);
        } else if (ballot.voted && ballot.mayVote) {
            lines.push(L['ballot.mayChange']);
        } else if (!ballot.voted && ballot.onRoll && !ballot.mayVote && !ballot.householdVoted) {
            lines.push(L['ballot.cannotVote']);
        }
        state.replaceChildren(...lines.map(line => h('div', {}, line)));
        state.dataset.voted = String(ballot.voted);
        state.dataset.option = ballot.myOption || '';
        state.dataset.status = ballot.status;
        const status = root.querySelector('[data-role=status]');
        status.className = 'status status-' + ballot.status;
        status.textContent = open ? (L['vote.open'] || ballot.status) : L['ballot.closed'];
        show('may-vote', open && ballot.mayVote && chosen === null);
        confirmBox.hidden = chosen === null || !open;
        show('reason', chosen === 'OBJECT');
        root.querySelectorAll('[data-option]').forEach(button =>
            button.setAttribute('aria-pressed', String(button.dataset.option === ballot.myOption)));
        const result = root.querySelector('[data-role=result]');
        result.hidden = !ballot.result;
        if (ballot.result) {
            const tally = ballot.result.tally || {};
            result.replaceChildren(h('h2', {}, L['vote.closed']), ...[YishiBoard.renderVote({
                motionId: ballot.motionId, status: 'CLOSED', method: ballot.method, options: ballot.options,
                turnout: tally.ballots, eligible: tally.eligible, result: ballot.result
            }, L)].flat(Infinity).filter(Boolean));
        }
    }

    function show(when, visible) {
        root.querySelectorAll('[data-when="' + when + '"]').forEach(element => element.hidden = !visible);
    }

    function fail(message) {
        error.textContent = message;
        error.hidden = !message;
    }

    /** 16 random bytes as hex: crypto.randomUUID needs https, which a community's own server may not have. */
    function freshKey() {
        const bytes = new Uint8Array(16);
        crypto.getRandomValues(bytes);
        return Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
    }

    function choose(option) {
        chosen = option;
        key = freshKey();
        fail(null);
        root.querySelector('[data-role=confirm-question]').textContent = L['ballot.confirm'].replace('{0}',
                                                                                                    label(option));
        render();
    }

    function refresh() {
        return YishiBoard.api('GET', url).then(fresh => {
            ballot = fresh;
            render();
            return fresh;
        }).catch(() => null /* asked again later */);
    }

    /** After a ballot, which is stored by now: the view follows the events by a moment, so ask until it shows. */
    function refreshUntilNewer(before, attempt) {
        return refresh().then(fresh => {
            if (fresh !== null && fresh.position > before || attempt >= 8) {
                return fresh;
            }
            return new Promise(resolve => setTimeout(resolve, 200 * Math.pow(2, Math.min(attempt, 4))))
                .then(() => refreshUntilNewer(before, attempt + 1));
        });
    }

    function confirm() {
        if (sending || chosen === null) {
            return;
        }
        const text = reason.value.trim();
        if (chosen === 'OBJECT' && !text) {
            fail(L['ballot.reasonRequired']);
            return;
        }
        sending = true;
        fail(null);
        const button = root.querySelector('[data-action=confirm]');
        button.disabled = true;
        button.textContent = L['ballot.sending'];
        const before = ballot.position;
        YishiBoard.api('PUT', url + '/ballot', {option: chosen, reason: chosen === 'OBJECT' ? text : null},
                       {'Idempotency-Key': key})
            .then(() => {
                chosen = null;
                key = null;
                reason.value = '';
                render();
                return refreshUntilNewer(before, 0);
            })
            .catch(failure => {
                // no answer, or the server too busy to store it: the same key again is the same ballot
                if (failure.status === 0 || failure.status === 503) {
                    fail(L['ballot.retry']);
                } else {
                    key = freshKey();
                    fail(failure.message);
                }
            })
            .finally(() => {
                sending = false;
                button.disabled = false;
                button.textContent = L['ballot.confirmButton'];
            });
    }

    root.addEventListener('click', event => {
        const button = event.target.closest('button');
        if (!button) {
            return;
        }
        if (button.dataset.option) {
            choose(button.dataset.option);
        } else if (button.dataset.action === 'confirm') {
            confirm();
        } else if (button.dataset.action === 'back') {
            chosen = null;
            key = null;
            fail(null);
            render();
        }
    });
    setInterval(() => {
        if (ballot.status === 'OPEN' && !sending) {
            refresh();
        }
    }, FOLLOW_MS);
    render();
})();
