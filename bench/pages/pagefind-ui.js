// Pagefind's Default UI with its defaults (https://pagefind.app/docs/ui-usage/): only the element
// and where the index is. pagefind-ui.js, loaded by the script tag before this one, defines PagefindUI.
window.addEventListener('DOMContentLoaded', () => {
  const element = document.getElementById('search');
  new window.PagefindUI({ element, bundlePath: element.dataset.bundle });
});
