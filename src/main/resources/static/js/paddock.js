// Small keyboard helpers for the dashboard; every flow also works without this file.
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') {
    return;
  }
  const open = document.querySelector('details.switcher[open]');
  if (open) {
    open.removeAttribute('open');
    open.querySelector('summary').focus();
  }
});

document.addEventListener('click', (event) => {
  document.querySelectorAll('details.switcher[open]').forEach((panel) => {
    if (!panel.contains(event.target)) {
      panel.removeAttribute('open');
    }
  });
});

document.addEventListener('toggle', (event) => {
  const panel = event.target;
  if (panel.matches && panel.matches('details.switcher') && panel.open) {
    const filter = panel.querySelector('#switcher-q');
    (filter || panel.querySelector('.switcher-item')).focus();
  }
}, true);
