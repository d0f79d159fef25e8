// Schedules a session from the form, then puts the ticked accepted proposals on its agenda, then opens the console.
(function () {
    'use strict';
    const form = document.getElementById('schedule');
    if (!form) {
        return;
    }
    const error = form.parentElement.querySelector('[data-role=error]');
    const startsAt = document.getElementById('startsAt');
    if (!startsAt.value) {
        // next week at half past seven in the evening, Beijing time, when residents are home
        const day = new Date(Date.now() + 7 * 86400000 + 8 * 3600000).toISOString().substring(0, 10);
        startsAt.value = day + 'T19:30';
    }

    form.addEventListener('submit', event => {
        event.preventDefault();
        error.hidden = true;
        const button = form.querySelector('button[type=submit]');
        button.disabled = true;
        const data = new FormData(form);
        const minutes = Number(data.get('plannedMinutes') || 30);
        const proposals = [...form.querySelectorAll('input[name=proposal]:checked')]
            .map(box => ({proposalId: box.value, title: box.dataset.title, plannedMinutes: minutes}));
        const community = encodeURIComponent(form.dataset.community);
        YishiBoard.api('POST', '/api/communities/' + community + '/sessions', {
            kind: data.get('kind'),
            title: data.get('title').trim(),
            // the field is Beijing time, whatever the browser's own zone
            startsAt: new Date(data.get('startsAt') + ':00+08:00').toISOString(),
            place: data.get('place').trim(),
            format: data.get('format'),
            moderatorId: data.get('moderatorId'),
            invitedGroups: data.getAll('invitedGroups'),
            speakingSeconds: Number(data.get('speakingSeconds')),
            publicBoard: data.get('publicBoard') !== null
        }).then(scheduled => proposals.reduce(
            (previous, item) => previous.then(() => YishiBoard.api(
                'POST', '/api/sessions/' + encodeURIComponent(scheduled.sessionId) + '/agenda', item)),
            Promise.resolve())
            // the session is stored either way: an item that did not make it can be added on the console
            .catch(() => null)
            .then(() => location.assign('/sessions/' + encodeURIComponent(scheduled.sessionId))))
            .catch(failure => {
                error.textContent = failure.message;
                error.hidden = false;
                button.disabled = false;
            });
    });
})();
