import type { FullResult, Reporter, Suite } from '@playwright/test/reporter';

/** Prints the plain closing line CI reads: `e2e: N passed, N failed, N skipped`. */
export default class SummaryReporter implements Reporter {
	#suite: Suite | null = null;

	onBegin(_config: unknown, suite: Suite) {
		this.#suite = suite;
	}

	printsToStdio() {
		return true;
	}

	onEnd(result: FullResult) {
		const tests = this.#suite?.allTests() ?? [];
		let passed = 0;
		let failed = 0;
		let skipped = 0;
		for (const test of tests) {
			const outcome = test.outcome();
			if (outcome === 'expected' || outcome === 'flaky') passed++;
			else if (outcome === 'skipped') skipped++;
			else failed++;
		}
		// A run that broke before any test (web server, config) still must not read as green.
		if (result.status !== 'passed' && failed === 0) failed = Math.max(1, tests.length - passed);
		console.log(`\ne2e: ${passed} passed, ${failed} failed, ${skipped} skipped`);
	}
}
