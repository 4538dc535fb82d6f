// Apply the saved or system theme before first paint (the app keeps it in sync after).
// A file rather than an inline script, so pages served with a strict Content-Security-Policy
// (no 'unsafe-inline') run it too.
try {
  var t = localStorage.getItem('spte-inspector.theme');
  var dark = t ? t === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
  document.documentElement.classList.toggle('dark', dark);
  document.documentElement.style.colorScheme = dark ? 'dark' : 'light';
} catch {
  // Storage or matchMedia unavailable: the page's default (light) stands until the app runs.
}
