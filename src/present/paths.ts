/** Where the built site keeps what it serves besides pages: one-pager images and slide decks (paths relative to the output folder). */

/** The one-pagers of an account: the internal one, the customer-safe one, the renewal plan's. */
export type ImageKind = 'account' | 'customer' | 'renewal';

/** Output path of an image, without extension (`.png` or `.svg` follows). */
export function imagePath(slug: string, kind: ImageKind): string {
	if (kind === 'customer') return `accounts/${slug}/onepager-customer`;
	if (kind === 'renewal') return `accounts/${slug}/renewal/onepager`;
	return `accounts/${slug}/onepager`;
}

/** The groups the site has a deck for: each account manager's accounts, each tier's. */
export type SiteDeckKind = 'owner' | 'tier';

/** Output path of a site deck, relative to the site's output folder. */
export function deckPath(kind: SiteDeckKind, key: string): string {
	return `decks/${kind}-${key}.pptx`;
}
