// keycloak.v2 labels the read-only user name on the one-time-code and password pages "for" an id the page does
// not have (username); the field is named here by that label's text, so a screen reader says what it holds.
document.addEventListener('DOMContentLoaded', function () {
  var field = document.getElementById('kc-attempted-username');
  var label = document.querySelector('label[for="username"]');
  if (field && label && !document.getElementById('username')) {
    field.setAttribute('aria-label', label.textContent.trim());
  }
});
