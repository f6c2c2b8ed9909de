// Progressive enhancement only: every page works without this file.
//
// - Main navigation: on narrow screens the list folds behind the "Menu"
//   button that templates/includes/header.html ships hidden.
// - Printing: FAQ answers (<details>) open for print, and close again after.

const NARROW = window.matchMedia('(max-width: 47.99em)');

function enhanceNavigation() {
  const nav = document.querySelector('.site-nav');
  const toggle = nav?.querySelector('.site-nav__toggle');
  const list = nav?.querySelector('.site-nav__list');
  if (!nav || !toggle || !list || !list.children.length) {
    return;
  }

  const setOpen = (open) => {
    nav.classList.toggle('site-nav--open', open);
    toggle.setAttribute('aria-expanded', String(open));
  };

  nav.classList.add('site-nav--enhanced');
  toggle.hidden = false;
  setOpen(false);

  toggle.addEventListener('click', () => {
    setOpen(toggle.getAttribute('aria-expanded') !== 'true');
  });

  // Escape closes the open menu and returns focus to its button.
  nav.addEventListener('keydown', (event) => {
    if (
      event.key === 'Escape' &&
      NARROW.matches &&
      nav.classList.contains('site-nav--open')
    ) {
      setOpen(false);
      toggle.focus();
    }
  });

  // Growing past the breakpoint shows the full bar; start folded next time.
  NARROW.addEventListener('change', () => setOpen(false));
}

function openDetailsForPrint() {
  let opened = [];
  window.addEventListener('beforeprint', () => {
    opened = [...document.querySelectorAll('main details:not([open])')];
    opened.forEach((details) => {
      details.open = true;
    });
  });
  window.addEventListener('afterprint', () => {
    opened.forEach((details) => {
      details.open = false;
    });
    opened = [];
  });
}

enhanceNavigation();
openDetailsForPrint();
