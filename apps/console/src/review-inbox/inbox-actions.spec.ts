import { isMine, isOverdue, taskAvailability, type InboxTask } from './inbox-actions';

const task = (over: Partial<InboxTask> = {}): InboxTask => ({
  id: 't1',
  subjectType: 'guidance',
  subjectId: 'g1',
  subjectLabel: 'AIG-2026-0001 第1版',
  kind: 'approval',
  status: 'open',
  actions: ['claim', 'approve', 'request_changes'],
  assigneeId: null,
  assignedRole: 'reviewer',
  ministry: 'cao',
  submittedById: 'author',
  claimedById: null,
  dueAt: '2026-05-01T00:00:00Z',
  escalationLevel: 0,
  comment: null,
  ...over,
});
const claimed = (by: string) =>
  task({ status: 'claimed', claimedById: by, actions: ['release', 'approve', 'request_changes'] });

describe('what the review inbox offers', () => {
  it('offers an open task to claim or decide at once', () => {
    expect(taskAvailability(task(), 'me')).toMatchObject({
      claim: true,
      release: false,
      approve: true,
      requestChanges: true,
      ownWork: false,
    });
  });

  it('lets whoever claimed a task release or decide it', () => {
    expect(taskAvailability(claimed('me'), 'me')).toMatchObject({
      claim: false,
      release: true,
      approve: true,
      requestChanges: true,
      claimedByMe: true,
      claimedByOther: false,
    });
  });

  it('offers nothing on a task another reviewer claimed', () => {
    expect(taskAvailability(claimed('colleague'), 'me')).toEqual({
      claim: false,
      release: false,
      approve: false,
      requestChanges: false,
      claimedByMe: false,
      claimedByOther: true,
      ownWork: false,
    });
  });

  it("never offers to claim one's own work, but lets the API refuse the decision on it", () => {
    expect(taskAvailability(task({ submittedById: 'me' }), 'me')).toMatchObject({
      claim: false,
      approve: true,
      ownWork: true,
    });
  });

  it('offers no move on a decided task', () => {
    const decided = taskAvailability(task({ status: 'approved', actions: [] }), 'me');
    expect([decided.claim, decided.release, decided.approve, decided.requestChanges]).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('lets an escalated task be claimed again', () => {
    const escalated = task({
      status: 'escalated',
      escalationLevel: 1,
      actions: ['claim', 'approve', 'request_changes'],
    });
    expect(taskAvailability(escalated, 'me').claim).toBe(true);
  });

  it('treats a reader without a known id as nobody: no claim of their own', () => {
    expect(taskAvailability(claimed('x'), undefined).claimedByMe).toBe(false);
    expect(isMine(task(), undefined)).toBe(false);
  });
});

describe('deadlines and buckets', () => {
  const now = new Date('2026-05-02T00:00:00Z');
  it('calls a waiting task past its deadline overdue, and a decided one never', () => {
    expect(isOverdue(task(), now)).toBe(true);
    expect(isOverdue(task({ status: 'claimed' }), now)).toBe(true);
    expect(isOverdue(task({ dueAt: '2026-05-03T00:00:00Z' }), now)).toBe(false);
    expect(isOverdue(task({ status: 'approved' }), now)).toBe(false);
    expect(isOverdue(task({ status: 'done' }), now)).toBe(false);
  });

  it('puts named and claimed tasks under "mine", the rest under my role', () => {
    expect(isMine(task({ assigneeId: 'me' }), 'me')).toBe(true);
    expect(isMine(claimed('me'), 'me')).toBe(true);
    expect(isMine(task(), 'me')).toBe(false);
  });
});
