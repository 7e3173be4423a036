// Runs before the page paints (a classic script in <head>, allowed by the Content-Security-Policy's
// script-src 'self'): applies the reader's chosen theme, and opens closed <details> before printing.
try {
	const theme = localStorage.getItem('keyplan-theme');
	if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {}
addEventListener('beforeprint', () => document.querySelectorAll('details:not([open])').forEach((d) => d.setAttribute('open', '')));
