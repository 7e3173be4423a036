/** Weekly digests: what needs doing and what changed, per person and for the director. */
export { authorOf, windowSummary, type DigestChange, type RecordedFinding, type WindowSummary } from './changes.ts';
export { directorDigest, DIRECTOR_LINES } from './director.ts';
export { isEmpty, lineCount, type AccountDigest, type Digest, type DigestLine, type DigestLineKind, type DirectorDigest, type DirectorSection, type PersonDigest } from './model.ts';
export { digestPeople, personDigest } from './person-digest.ts';
export { ACTION_DAYS, MEETING_DAYS, RENEWAL_DAYS, STALE_SOON_DAYS, todoLines } from './todo.ts';
