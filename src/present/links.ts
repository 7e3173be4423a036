/** Site URLs in one place, so that pages, tests and the search index agree. */
import { deckPath, imagePath, type SiteDeckKind } from './paths.ts';
import type { Settings } from '../schema/settings.ts';

/** `/accounts/<slug>/`. */
export const accountUrl = (slug: string) => `/accounts/${slug}/`;
/** `/accounts/<slug>/renewal/`. */
export const renewalUrl = (slug: string) => `/accounts/${slug}/renewal/`;
/** `/people/<id>/`. */
export const personUrl = (id: string) => `/people/${id}/`;
/** The account's meeting cadence as iCalendar. */
export const cadenceIcsUrl = (slug: string) => `/accounts/${slug}/cadence.ics`;
/** One-page plan images, served by the image routes; the paths are defined once, in `onepager/jobs.ts`. */
export const onepagerUrls = (slug: string) => ({
	internal: `/${imagePath(slug, 'account')}.png`,
	customer: `/${imagePath(slug, 'customer')}.png`,
	renewal: `/${imagePath(slug, 'renewal')}.png`,
});

/** The whole portfolio as a workbook, written by the build (`integration/workbook.ts`). */
export const workbookUrl = '/portfolio.xlsx';

/** A slide deck of the built site (`/decks/owner-<id>.pptx`, `/decks/tier-<tier>.pptx`); the paths are defined once, in `deck/site-decks.ts`. */
export const deckUrl = (kind: SiteDeckKind, key: string) => `/${deckPath(kind, key)}`;

/** The "edit this plan" link from `settings.editUrl`, `{path}` replaced; undefined when not configured. */
export function editUrl(settings: Settings, file: string): string | undefined {
	if (!settings.editUrl) return undefined;
	return settings.editUrl.replaceAll('{path}', file.split('/').map(encodeURIComponent).join('/'));
}
