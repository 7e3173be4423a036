/**
 * The rule for names that become folder names, web addresses and image file
 * names: account slugs (`content/accounts/<slug>/`) and person ids
 * (`content/people/<id>.yaml`). One rule for the loader and `npm run new`.
 */

/** An account folder name or person id: lower-case words joined by single dashes. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Longest slug accepted. A slug is repeated in every path and address of its
 * account (`dist/accounts/<slug>/renewal/onepager-customer.png`, page URLs,
 * deck file names); 64 characters keeps those well inside file-system path
 * limits (260 characters on Windows) and readable in a link.
 */
export const MAX_SLUG_LENGTH = 64;

/**
 * Names Windows reserves for devices, in any case and with any extension:
 * a folder `content/accounts/con/` cannot be checked out there, so the whole
 * repository cannot be cloned by a colleague on Windows.
 */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/** True when `name` is a device name Windows reserves (`con`, `nul`, `aux`, `com1`…). */
export function isReservedName(name: string): boolean {
	return RESERVED.test(name);
}

/** Shortens `name` for a message, so that a very long name does not flood the output. */
export function shown(name: string, max = 40): string {
	return name.length <= max ? name : `${name.slice(0, max)}…`;
}

/**
 * Why `name` cannot be a slug, or `undefined` when it can. `what` names the
 * kind ("account slug", "person id"), `fix` the remedy ("rename the folder").
 */
export function slugError(name: string, what: string, fix: string): string | undefined {
	if (name.length > MAX_SLUG_LENGTH) {
		return (
			`"${shown(name)}" is ${name.length} characters long: ${fix} using at most ${MAX_SLUG_LENGTH} characters ` +
			`(the ${what} becomes part of folder names, web addresses and image file names, which must stay short and within file-system path limits)`
		);
	}
	if (!SLUG.test(name)) return `"${shown(name)}" is not a valid ${what}: ${fix} using lower-case letters, digits and single dashes`;
	if (isReservedName(name)) return `"${name}" is a name Windows reserves for a device, so a folder of that name cannot be checked out there: ${fix}, e.g. "${name}-group"`;
	return undefined;
}
