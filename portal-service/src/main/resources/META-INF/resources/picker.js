// The listing picker of the filing form: "choose every listing on this page", and the count of chosen listings kept
// up to date as boxes are ticked. Without scripts the form works the same, box by box.
(function () {
  var all = document.getElementById('pick-all');
  var status = document.getElementById('picker-status');
  var boxes = Array.prototype.slice.call(document.querySelectorAll('input.pick'));
  if (!status) {
    return;
  }
  var carried = document.querySelectorAll('#listing-picker input[type="hidden"][name="listing"]').length;
  function update() {
    var ticked = boxes.filter(function (b) { return b.checked; }).length;
    var count = carried + ticked;
    // The page's own words for none, one and many (the many with 999999 where the count goes).
    status.textContent = count === 0 ? status.getAttribute('data-none') : count === 1 ? status.getAttribute('data-one')
      : status.getAttribute('data-many').replace('999999', String(count));
    if (all) {
      all.checked = boxes.length > 0 && ticked === boxes.length;
      all.indeterminate = ticked > 0 && ticked < boxes.length;
    }
  }
  boxes.forEach(function (b) { b.addEventListener('change', update); });
  if (all && boxes.length > 0) {
    all.hidden = false;
    all.addEventListener('change', function () {
      boxes.forEach(function (b) { b.checked = all.checked; });
      update();
    });
    update();
  }
})();
