/** Every layout of the corpus, in order (tests/corpus/README.md lists them). */
import type { CorpusCase } from './cases';
import { layouts1 } from './layouts-1';
import { layouts2 } from './layouts-2';
import { layouts3 } from './layouts-3';
import { layouts4 } from './layouts-4';
import { layouts5 } from './layouts-5';

export const CASES: CorpusCase[] = [...layouts1, ...layouts2, ...layouts3, ...layouts4, ...layouts5];
