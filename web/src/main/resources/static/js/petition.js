// Keeps a petition board current: asks for the counts every few seconds and updates them in place.
(function () {
    const board = document.getElementById('board');
    const id = board.dataset.petition;

    function show(element, reached) {
        element.textContent = reached ? element.dataset.yes : element.dataset.no;
    }

    function refresh() {
        fetch('/api/petitions/' + encodeURIComponent(id), {headers: {Accept: 'application/json'}})
            .then(response => response.ok ? response.json() : Promise.reject(response.status))
            .then(petition => {
                ['adultResidents', 'households', 'residentsGroups'].forEach(name => {
                    const tally = petition[name];
                    const box = document.getElementById(name);
                    box.querySelector('.signed').textContent = tally.signed;
                    box.querySelector('.threshold').textContent = tally.threshold;
                    box.querySelector('.total').textContent = tally.total;
                    box.querySelector('.state').textContent = tally.reached ? box.dataset.yes : box.dataset.no;
                    box.classList.toggle('reached', tally.reached);
                });
                show(document.getElementById('verdict'), petition.reached);
                document.getElementById('signers').textContent = petition.signers.join('、');
            })
            .catch(() => { /* keep the last counts; the next round tries again */ });
    }

    setInterval(refresh, 4000);
})();
