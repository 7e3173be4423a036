/** The site's main navigation, in display order. */
export const NAV = [
	{ key: 'dashboard', href: '/', label: 'Dashboard' },
	{ key: 'actions', href: '/actions/', label: 'Actions' },
	{ key: 'calendar', href: '/calendar/', label: 'Calendar' },
	{ key: 'people', href: '/people/', label: 'People' },
	{ key: 'onepagers', href: '/onepagers/', label: 'One-pagers' },
	{ key: 'guide', href: '/guide/', label: 'Guide' },
] as const;

/** Key of a navigation entry, for `aria-current`. */
export type NavKey = (typeof NAV)[number]['key'] | 'search';
