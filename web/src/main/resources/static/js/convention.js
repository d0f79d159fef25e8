// The convention page's timeline: the slider steps through the moments the convention changed and puts each one in
// the date field of the as-of form, so that "Show" reads the text exactly as it stood then.
(function () {
    const slider = document.getElementById('as-of-slider');
    if (!slider) {
        return;
    }
    const moments = Array.from(document.querySelectorAll('#as-of-moments li'));
    const field = document.getElementById('as-of-at');
    const label = document.getElementById('as-of-moment');
    function show() {
        const moment = moments[Number(slider.value)];
        field.value = moment.dataset.at;
        label.textContent = moment.textContent;
    }
    slider.addEventListener('input', show);
    show();
})();
