import { eventRow } from '../src/lib/eventDisplay';

describe('eventRow', () => {
  it('names the kind and the Shanghai time of an event', () => {
    const row = eventRow({
      id: 'evt-1',
      type: 'appointment.stopped',
      occurredAt: '2026-11-21T01:30:00Z',
      title: '医生停诊',
      body: '王*国 11月23日 上午 小儿内科 李明医生停诊，预约已取消，挂号费将全额退回。',
      appointmentId: 'apt-1',
    });
    expect(row.typeName).toBe('停诊通知');
    expect(row.timeText).toBe('2026年11月21日 09:30');
    expect(row.label).toContain('停诊通知，医生停诊');
  });
});
