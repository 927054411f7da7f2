// @ts-nocheck
// Records what happened on this page for the test that opens it in an iframe: CSP violations,
// uncaught errors and console warnings. A script file, not an inline script: the page's
// Content-Security-Policy allows no inline script.
window.__cspViolations = [];
window.__pageErrors = [];
window.__warnings = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__cspViolations.push(`${event.effectiveDirective}: ${event.blockedURI} ${event.sample}`.trim());
});
window.addEventListener('error', (event) => window.__pageErrors.push(event.message));
const warn = console.warn.bind(console);
console.warn = (...args) => {
  window.__warnings.push(args.join(' '));
  warn(...args);
};
