// What `content check` says about a broken lab file: each mistake located by file, line and
// field, with a hint. Starts from the shipped content and breaks one lab at a time.
import { describe, expect, it } from 'vitest';
import { loadContent, type ContentFile } from '../src/curriculum/index.js';
import { readContentFiles } from '../src/server/content/read-content.js';
import { defaultContentDir } from '../src/server/paths.js';

const shipped = readContentFiles(defaultContentDir);
const retryStorm = shipped.find((f) => f.path === 'labs/retry-storm.yaml')!;

function labErrors(change: (files: ContentFile[]) => ContentFile[]) {
  return loadContent(change(shipped.slice())).errors.filter(
    (e) => e.file.startsWith('labs/') || e.path?.startsWith('practice.'),
  );
}
const edit = (from: string, to: string) => (files: ContentFile[]) => {
  expect(retryStorm.text).toContain(from);
  return files.map((f) => (f === retryStorm ? { ...f, text: f.text.replace(from, to) } : f));
};

describe('lab file checks', () => {
  it('accepts the shipped labs', () => {
    expect(labErrors((files) => files)).toEqual([]);
  });

  it('locates a bad knob path with its line and says which step names nothing', () => {
    const errors = labErrors(
      edit('path: services[name=api].shedding', 'path: services[name=apu].shedding'),
    );
    expect(errors).toContainEqual(
      expect.objectContaining({
        file: 'labs/retry-storm.yaml',
        path: 'baseline',
        message: expect.stringContaining('services has no item with name = "apu"'),
      }),
    );
  });

  it('requires a baseline value for every knob and values inside the knob’s range', () => {
    const errors = labErrors(edit('baseline: { attempts: 3,', 'baseline: { attempts: 9,'));
    expect(errors.map((e) => e.message)).toContainEqual(
      expect.stringContaining('"attempts" must be from 1 to 5, not 9'),
    );
    const missing = labErrors(edit('baseline: { attempts: 3,', 'baseline: {'));
    expect(missing.map((e) => e.message)).toContainEqual(
      'the baseline sets no value for knob "attempts": every knob needs one',
    );
  });

  it('checks the id against the file name and the topic against the program', () => {
    const errors = labErrors(edit('id: retry-storm', 'id: retry-storms'));
    expect(errors[0]).toMatchObject({ line: 1, path: 'id' });
    const topic = labErrors(edit('topic: retry-strategy', 'topic: failure-behavior'));
    expect(topic.map((e) => e.message)).toContainEqual(
      'topic "failure-behavior" does not list "retry-storm" as its practice in program.yaml',
    );
  });

  it('reports a schema mistake at its field and line', () => {
    const errors = labErrors(edit('  - id: budget\n', '  - id: Budget\n'));
    expect(errors[0]).toMatchObject({ file: 'labs/retry-storm.yaml', path: 'knobs[2].id' });
    expect(errors[0]!.line).toBe(
      retryStorm.text.split('\n').findIndex((l) => l.includes('- id: budget')) + 1,
    );
  });

  it('refuses a lab marked available whose file is missing', () => {
    const errors = labErrors((files) => files.filter((f) => f !== retryStorm));
    expect(errors).toContainEqual(
      expect.objectContaining({
        file: 'program.yaml',
        message: expect.stringContaining(
          '"retry-storm" is marked available but content/labs/retry-storm.yaml does not exist',
        ),
      }),
    );
  });
});
