/** Site links. */
import { describe, expect, test } from 'vitest';
import { settingsSchema } from '../../src/schema/settings';
import { editUrl } from '../../src/present/links';

describe('editUrl', () => {
	test('fills {path} from the settings pattern, or is absent without one', () => {
		const settings = settingsSchema.parse({ organisation: 'X', editUrl: 'https://git.example/kam/-/edit/main/{path}' });
		expect(editUrl(settings, 'content/accounts/acme/plan.mdx')).toBe('https://git.example/kam/-/edit/main/content/accounts/acme/plan.mdx');
		expect(editUrl(settingsSchema.parse({ organisation: 'X' }), 'content/x')).toBeUndefined();
	});
});
