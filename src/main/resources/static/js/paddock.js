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

// Dialogs: htmx loads a form into #dialog-content, which opens the modal dialog; the
// dialog traps focus while open and gives it back to the control that opened it.
let dialogOpener = null;
let focusPending = false;

function appDialog() {
  return document.getElementById('app-dialog');
}

function returnFocus() {
  if (!focusPending) {
    return;
  }
  const target = (dialogOpener && dialogOpener.isConnected) ? dialogOpener
    : (document.getElementById('invite-users') || document.getElementById('members-heading'));
  if (target) {
    target.focus();
  }
  focusPending = false;
}

document.addEventListener('htmx:beforeRequest', (event) => {
  if (event.detail.target && event.detail.target.id === 'dialog-content' && !appDialog().open) {
    dialogOpener = event.detail.elt.closest('details.row-menu')?.querySelector('summary') || event.detail.elt;
  }
});

document.addEventListener('htmx:afterSwap', (event) => {
  const dialog = appDialog();
  if (!dialog || event.detail.target.id !== 'dialog-content' || !event.detail.target.children.length) {
    return;
  }
  document.querySelectorAll('details.row-menu[open]').forEach((menu) => menu.removeAttribute('open'));
  if (!dialog.open) {
    dialog.showModal();
  }
  const first = event.detail.target.querySelector('[role=alert]') ? event.detail.target.querySelector('input, button')
    : event.detail.target.querySelector('input[type=search], button[type=submit]');
  if (first) {
    first.focus();
  }
});

document.addEventListener('htmx:afterSettle', returnFocus);

document.addEventListener('close-dialog', () => {
  const dialog = appDialog();
  if (dialog && dialog.open) {
    dialog.close();
  }
});

document.addEventListener('close', (event) => {
  if (event.target === appDialog()) {
    document.getElementById('dialog-content').replaceChildren();
    focusPending = true;
    returnFocus();
    focusPending = true;
    setTimeout(returnFocus, 300);
  }
}, true);

document.addEventListener('click', (event) => {
  const cancel = event.target.closest('[data-close-dialog]');
  if (cancel && appDialog() && appDialog().open) {
    event.preventDefault();
    appDialog().close();
  }
});

// Row menus close with Escape and when another one opens.
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') {
    const menu = document.querySelector('details.row-menu[open]');
    if (menu) {
      menu.removeAttribute('open');
      menu.querySelector('summary').focus();
    }
  }
});

document.addEventListener('toggle', (event) => {
  const menu = event.target;
  if (menu.matches && menu.matches('details.row-menu') && menu.open) {
    document.querySelectorAll('details.row-menu[open]').forEach((other) => {
      if (other !== menu) {
        other.removeAttribute('open');
      }
    });
    const firstItem = menu.querySelector('.menu-item');
    if (firstItem) {
      firstItem.focus();
    }
  }
}, true);

// An htmx request that fails without a response to show (a 400 or 500, or no answer at all)
// would otherwise change nothing on the page: say so instead.
function showRequestProblem(message) {
  const toast = document.getElementById('request-problem');
  if (toast) {
    toast.querySelector('.toast-text').textContent = message;
    toast.hidden = false;
  }
}

document.addEventListener('htmx:beforeSwap', (event) => {
  const toast = document.getElementById('request-problem');
  if (toast && event.detail.isError && !event.detail.shouldSwap) {
    showRequestProblem(toast.dataset.failed.replace('{0}', event.detail.xhr.status));
  }
});

document.addEventListener('htmx:sendError', () => {
  const toast = document.getElementById('request-problem');
  if (toast) {
    showRequestProblem(toast.dataset.unreachable);
  }
});

document.addEventListener('htmx:beforeRequest', () => {
  const toast = document.getElementById('request-problem');
  if (toast) {
    toast.hidden = true;
  }
});

document.addEventListener('click', (event) => {
  if (event.target.closest('#request-problem button')) {
    document.getElementById('request-problem').hidden = true;
  }
});
