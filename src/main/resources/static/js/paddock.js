// Small keyboard helpers for the dashboard; every flow also works without this file.

// Menus (the workspace switcher and each member's ... menu) follow the ARIA menu pattern:
// opening focuses the first item, arrow keys, Home and End move between items, Escape
// closes and returns to the button, Tab closes and moves on, a click elsewhere closes.
const MENUS = 'details.switcher, details.row-menu';

function menuItems(menu) {
  return [...menu.querySelectorAll('[role=menuitem], .switcher-view-all')];
}

function closeMenu(menu, refocus) {
  menu.removeAttribute('open');
  if (refocus) {
    menu.querySelector('summary').focus();
  }
}

document.addEventListener('toggle', (event) => {
  const menu = event.target;
  if (!menu.matches || !menu.matches(MENUS) || !menu.open) {
    return;
  }
  document.querySelectorAll(MENUS).forEach((other) => {
    if (other !== menu && other.open) {
      other.removeAttribute('open');
    }
  });
  const start = menu.querySelector('#switcher-q') || menu.querySelector('[role=menuitem][aria-current]')
    || menuItems(menu)[0];
  if (start) {
    start.focus();
  }
}, true);

document.addEventListener('keydown', (event) => {
  const menu = event.target.closest && event.target.closest(MENUS);
  if (!menu) {
    return;
  }
  if (event.target.matches('summary')) {
    if (event.key === 'ArrowDown' && !menu.open) {
      event.preventDefault();
      menu.setAttribute('open', '');
    }
    else if (event.key === 'Escape' && menu.open) {
      closeMenu(menu, true);
    }
    return;
  }
  const items = menuItems(menu);
  const index = items.indexOf(event.target);
  const inFilter = event.target.matches('input');
  let next = null;
  if (event.key === 'Escape') {
    event.preventDefault();
    closeMenu(menu, true);
  }
  else if (event.key === 'Tab') {
    closeMenu(menu, false);
  }
  else if (event.key === 'ArrowDown') {
    next = items[(index + 1) % items.length];
  }
  else if (event.key === 'ArrowUp') {
    next = items[(index <= 0 ? items.length : index) - 1];
  }
  else if (event.key === 'Home' && !inFilter) {
    next = items[0];
  }
  else if (event.key === 'End' && !inFilter) {
    next = items[items.length - 1];
  }
  if (next) {
    event.preventDefault();
    next.focus();
  }
});

document.addEventListener('click', (event) => {
  document.querySelectorAll(MENUS).forEach((menu) => {
    if (menu.open && !menu.contains(event.target)) {
      menu.removeAttribute('open');
    }
  });
});

// The top bar's links fold into a Menu button on narrow screens.
function navToggle() {
  return document.getElementById('nav-toggle');
}

function setNavOpen(open) {
  const toggle = navToggle();
  if (toggle) {
    toggle.setAttribute('aria-expanded', String(open));
  }
}

document.addEventListener('DOMContentLoaded', () => {
  const toggle = navToggle();
  if (toggle) {
    toggle.hidden = false;
  }
});

document.addEventListener('click', (event) => {
  const toggle = navToggle();
  if (!toggle) {
    return;
  }
  if (toggle.contains(event.target)) {
    setNavOpen(toggle.getAttribute('aria-expanded') !== 'true');
  }
  else if (!document.getElementById('account-nav').contains(event.target)) {
    setNavOpen(false);
  }
});

document.addEventListener('keydown', (event) => {
  const toggle = navToggle();
  if (event.key === 'Escape' && toggle && toggle.getAttribute('aria-expanded') === 'true') {
    setNavOpen(false);
    toggle.focus();
  }
});

// Progress: while an htmx request runs, its control (and the region it will replace) is
// aria-busy; hx-disabled-elt disables the control and hx-indicator shows the spinner.
function busyElements(event) {
  const elt = event.detail.elt;
  const submitter = event.detail.requestConfig?.triggeringEvent?.submitter
    || (elt.matches('form') ? elt.querySelector('.dialog-actions [type=submit], [type=submit]') : null);
  return [elt, submitter].filter((element) => element);
}

document.addEventListener('htmx:beforeRequest', (event) => {
  busyElements(event).forEach((element) => element.setAttribute('aria-busy', 'true'));
});

document.addEventListener('htmx:afterRequest', (event) => {
  busyElements(event).forEach((element) => element.removeAttribute('aria-busy'));
});

// Focus after a swap: when the swap took away the focused control, focus goes to what
// changed: the new row, the notice, an invalid field, or the heading of the region.
const FOCUS_AFTER_SWAP = ['.just-created a', '.alert[tabindex]', '[aria-invalid=true]', 'h1[tabindex]',
  'h2[tabindex]'];

function focusAfterSwap(region) {
  for (const selector of FOCUS_AFTER_SWAP) {
    const target = region.querySelector(selector);
    if (target) {
      target.focus();
      return true;
    }
  }
  return false;
}

document.addEventListener('htmx:afterSettle', (event) => {
  const region = event.target;
  if (!region.isConnected || region.id === 'dialog-content' || region.id === 'switcher-items') {
    return;
  }
  if (region.id === 'page') {
    region.querySelector('h1[tabindex]')?.focus();
    return;
  }
  const active = document.activeElement;
  if (active && active !== document.body && active.isConnected && !region.contains(active)) {
    return;
  }
  if (region.id === 'workspace-nav') {
    region.querySelector('summary').focus();
  }
  else if (!focusAfterSwap(region)) {
    region.querySelector('.summary[tabindex]')?.focus();
  }
});

// Dialogs: htmx loads a form into #dialog-content, which opens the modal dialog; the
// dialog traps focus while open and gives it back to the control that opened it. When
// Cancel or Escape closes it, focus goes back at once; when the server's answer closes it,
// once that answer has settled, since it may have replaced the opener.
let dialogOpener = null;
let closedByAnswer = false;

function appDialog() {
  return document.getElementById('app-dialog');
}

function returnFocus() {
  if (dialogOpener && dialogOpener.isConnected) {
    dialogOpener.focus();
  }
  else {
    const members = document.getElementById('members-section');
    if (!members || !focusAfterSwap(members)) {
      document.getElementById('invite-users')?.focus();
    }
  }
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
    dialog.setAttribute('aria-labelledby', 'dialog-title');
    dialog.showModal();
  }
  const content = event.detail.target;
  const first = content.querySelector('.confirm [data-close-dialog]')
    || (content.querySelector('[role=alert]') ? content.querySelector('input, button')
      : content.querySelector('input[type=search], button[type=submit]'));
  if (first) {
    first.focus();
  }
});

document.addEventListener('htmx:afterSettle', () => {
  if (closedByAnswer) {
    closedByAnswer = false;
    returnFocus();
  }
});

document.addEventListener('close-dialog', () => {
  const dialog = appDialog();
  if (dialog && dialog.open) {
    closedByAnswer = true;
    dialog.close();
  }
});

document.addEventListener('close', (event) => {
  if (event.target === appDialog()) {
    document.getElementById('dialog-content').replaceChildren();
    event.target.removeAttribute('aria-labelledby');
    if (!closedByAnswer) {
      returnFocus();
    }
  }
}, true);

document.addEventListener('click', (event) => {
  const cancel = event.target.closest('[data-close-dialog]');
  if (cancel && appDialog() && appDialog().open) {
    event.preventDefault();
    appDialog().close();
  }
});

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
