import { createSubmissionKeys, randomSubmissionKey } from '../src/lib/submissionKey';

describe('createSubmissionKeys', () => {
  let counter = 0;
  const keys = () => createSubmissionKeys(() => `key-${++counter}`);

  it('sends the same key when the same form is submitted again after a lost answer', () => {
    const submission = keys();
    const first = submission.keyFor({ name: '王建国', smsCode: '123456' });
    expect(submission.keyFor({ name: '王建国', smsCode: '123456' })).toBe(first);
  });

  it('uses a new key once the form changed', () => {
    const submission = keys();
    const first = submission.keyFor({ name: '王建国', smsCode: '123456' });
    expect(submission.keyFor({ name: '王建国', smsCode: '654321' })).not.toBe(first);
  });

  it('uses a new key after a definite answer', () => {
    const submission = keys();
    const first = submission.keyFor({ name: '王建国' });
    submission.settle();
    expect(submission.keyFor({ name: '王建国' })).not.toBe(first);
  });
});

describe('randomSubmissionKey', () => {
  it('fits the contract: 8 to 128 of [A-Za-z0-9_.:-]', () => {
    for (let i = 0; i < 50; i++) expect(randomSubmissionKey()).toMatch(/^[A-Za-z0-9_.:-]{8,128}$/);
    expect(
      randomSubmissionKey(
        () => 0,
        () => 0,
      ),
    ).toBe('mp_0_00000000000000');
  });
});
