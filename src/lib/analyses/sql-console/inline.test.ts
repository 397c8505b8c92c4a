import { expect, it } from 'vitest';
import { inlineParams } from './inline';

it('writes parameters in as literals, leaving question marks in text and comments alone', () => {
	expect(inlineParams("SELECT '?' AS q, ? AS a -- ?\nFROM t LIMIT ?", ["it's", 5])).toBe(
		"SELECT '?' AS q, 'it''s' AS a -- ?\nFROM t LIMIT 5"
	);
	expect(inlineParams('SELECT 1', [])).toBe('SELECT 1');
});
