/**
 * Hostile strings for every place untrusted text reaches the page: module content, assignment
 * links, imported student names. Each would run `alert` (or leave a handler or a javascript: URL
 * in the DOM) if it were ever treated as HTML. Each fits in 60 characters, the shortest limit
 * of the fields it is put in (a student's name).
 */
export const XSS_CORPUS: readonly string[] = [
	'<script>alert("xss-script")</script>',
	'<img src=x onerror=alert("xss-img")>',
	'<svg onload=alert("xss-svg")>',
	'<svg><script>alert("xss-svg-script")</script></svg>',
	'<a href="javascript:alert(\'xss-a\')">link</a>',
	'javascript:alert("xss-url")',
	'<iframe srcdoc="<script>alert(1)</script>"></iframe>',
	'<details open ontoggle=alert("xss-details")>',
	'"><img src=x onerror=alert("xss-attr")>',
	"'><svg onload=alert('xss-attr2')>",
	// Mutation XSS: markup that changes meaning when parsed a second time.
	'<noscript><p title="</noscript><img src onerror=alert(1)>">',
	'<svg></p><style><a id="</style><img src onerror=alert(1)>">',
	'<math><mtext><table><mglyph><style><img onerror=alert(1)>',
	'<form><button formaction=javascript:alert(1)>x</button>'
];

/** True for a string that still carries its payload (so a test can find where it landed). */
export const hostile = (text: string) => XSS_CORPUS.some((x) => text.includes(x));
