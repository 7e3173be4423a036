/** tinypool's task for bench/libraries.ts: a one-pager's PNG, drawn by the same renderer as Keyplan's own pool. */
import { renderPng } from '../src/onepager/render.ts';
import type { Sheet } from '../src/onepager/spec.ts';

/** The PNG of `sheet`, in base64: tinypool's process runtime sends answers as JSON over the IPC channel. */
export default async function render(sheet: Sheet): Promise<string> {
	return (await renderPng(sheet)).toString('base64');
}
