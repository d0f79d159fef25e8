// A closed session's replay. The server rebuilds the board from the stored events and sends one step per event that
// changed it: the first with every section, the later ones with only the sections their event changed, each complete.
// The board after step n is steps 0 to n applied in order, exactly as the live board applies its updates, and is drawn
// by the live board's own renderers (YishiBoard.still). The step shown is on the root as data-step and data-position,
// and in the address (?position=…), so a moment of a meeting can be linked to.
(function () {
    'use strict';

    const PLAY_EVERY = 1200;

    /** What each event did, in both languages; an event not listed is named by its type. */
    const EVENTS = {
        SessionScheduled: ['安排会议', 'session scheduled'],
        AgendaItemAdded: ['列入议程', 'item added to the agenda'],
        AgendaItemRemoved: ['移出议程', 'item removed from the agenda'],
        AgendaReordered: ['调整议程顺序', 'agenda reordered'],
        AgendaPublished: ['发布议程', 'agenda published'],
        BoardVisibilityChanged: ['更改看板公开设置', 'board visibility changed'],
        ParticipantCheckedIn: ['签到', 'checked in'],
        ParticipantLeft: ['离场', 'left'],
        QuorumReached: ['达到法定人数', 'quorum reached'],
        QuorumLost: ['不足法定人数', 'quorum lost'],
        SessionOpened: ['开会', 'session opened'],
        SessionAdjourned: ['休会', 'session adjourned'],
        SessionResumed: ['复会', 'session resumed'],
        SessionClosed: ['散会', 'session closed'],
        AgendaItemStarted: ['开始议题', 'item started'],
        AgendaItemClosed: ['议题结束', 'item closed'],
        FloorRequested: ['申请发言', 'asked for the floor'],
        FloorRequestWithdrawn: ['撤回发言申请', 'withdrew a request for the floor'],
        FloorGiven: ['开始发言', 'given the floor'],
        TurnEnded: ['发言结束', 'turn ended'],
        PositionRecorded: ['表明意见', 'position stated'],
        MotionOpened: ['开始表决', 'vote opened'],
        BallotCast: ['投票', 'ballot cast'],
        VoteRecorded: ['投票（不记名）', 'ballot cast (secret)'],
        MotionClosed: ['表决结束', 'vote closed']
    };

    function english() {
        return (document.documentElement.lang || '').startsWith('en');
    }

    function start(root) {
        const controls = root.querySelector('[data-role=controls]');
        if (!controls) {
            return;
        }
        const board = YishiBoard.still({root: root});
        const slider = root.querySelector('[data-role=slider]');
        const label = root.querySelector('[data-role=step]');
        const play = controls.querySelector('[data-step=play]');
        let states = [];
        let steps = [];
        let index = 0;
        let timer = null;

        function show(next) {
            index = Math.max(0, Math.min(states.length - 1, next));
            const step = steps[index];
            board.show(states[index], step.at);
            slider.value = String(index);
            root.dataset.step = String(index);
            root.dataset.position = String(step.position);
            const what = EVENTS[step.event];
            label.textContent = (english() ? 'Step ' + (index + 1) + ' of ' + steps.length
                                           : '第 ' + (index + 1) + ' / ' + steps.length + ' 步')
                                + ' · ' + YishiBoard.time(step.at) + ' · '
                                + (what ? what[english() ? 1 : 0] : step.event) + ' · #' + step.position;
            const address = new URL(location.href);
            address.searchParams.set('position', String(step.position));
            history.replaceState(null, '', address);
            if (index === states.length - 1) {
                pause();
            }
        }

        function pause() {
            clearInterval(timer);
            timer = null;
            play.textContent = play.dataset.play;
        }

        function toggle() {
            if (timer) {
                pause();
                return;
            }
            if (index === states.length - 1) {
                show(0);
            }
            play.textContent = play.dataset.pause;
            timer = setInterval(() => show(index + 1), PLAY_EVERY);
        }

        /** The step whose event is the last at or before the position, or the first step. */
        function stepAt(position) {
            let found = 0;
            steps.forEach((step, i) => {
                if (step.position <= position) {
                    found = i;
                }
            });
            return found;
        }

        YishiBoard.api('GET', '/api/sessions/' + root.dataset.session + '/replay').then(replay => {
            steps = replay.steps;
            let sections = {};
            states = steps.map(step => sections = Object.assign({}, sections, step.changed));
            slider.max = String(steps.length - 1);
            root.querySelector('[data-role=loading]').hidden = true;
            controls.hidden = false;
            const wanted = Number(new URL(location.href).searchParams.get('position') || root.dataset.start);
            show(wanted ? stepAt(wanted) : 0);
        }, error => {
            const box = root.querySelector('[data-role=error]');
            box.textContent = error.message;
            box.hidden = false;
            root.querySelector('[data-role=loading]').hidden = true;
        });

        slider.addEventListener('input', () => {
            pause();
            show(Number(slider.value));
        });
        controls.querySelectorAll('[data-step]').forEach(button => button.addEventListener('click', () => {
            const move = button.dataset.step;
            if (move === 'play') {
                toggle();
                return;
            }
            pause();
            show(move === 'first' ? 0 : move === 'last' ? states.length - 1
                                                          : index + (move === 'next' ? 1 : -1));
        }));
    }

    start(document.getElementById('replay'));
})();
