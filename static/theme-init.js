// Applies the saved theme before first paint. A file, not an inline script, so the strict
// Content-Security-Policy holds.
try {
	const saved = localStorage.getItem('briefmap-theme');
	if (saved === 'light' || saved === 'dark') document.documentElement.dataset.theme = saved;
} catch {
	/* storage may be blocked; the system preference applies */
}
