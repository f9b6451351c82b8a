// The one place the model raises hospital webhook events: it gives each event its id and hands it to the
// dispatcher, which delivers it to the subscriptions of the hospital the data names. Publishers (booking,
// payments, reports, the patient index) state the facts; they never look up subscriptions themselves.
// Event ids come from their own seeded stream, so raising events never shifts the ids of anything else.
import { toShanghaiIso } from '@yika/sdk/domain';
import type { MockClock } from '../../clock';
import type { WebhookEventType } from '../../contract/wire';
import type { PatientIndex } from '../cards/patient-numbers';
import type { HospitalEventSink, WebhookEvent, WebhookEventDataMap } from './events';

export interface HospitalEventsDeps {
  clock: MockClock;
  patients: () => PatientIndex;
  publish(event: WebhookEvent): void;
  newId(): string;
}

export class HospitalEvents implements HospitalEventSink {
  constructor(private readonly deps: HospitalEventsDeps) {}

  raise<T extends WebhookEventType>(type: T, data: WebhookEventDataMap[T]): void {
    // The mapped union cannot be built from a generic T without this one cast; type and data agree by
    // the signature above.
    const event = { id: this.deps.newId(), type, hospitalId: data.hospitalId, data } as WebhookEvent;
    this.deps.publish(event);
  }

  patientNumber(hospitalId: string, personId: string): string {
    return this.deps.patients().numberFor(hospitalId, personId).patientNumber;
  }

  /** The master patient index made a new patient number (the person's first use of the hospital). */
  cardLinked(hospitalId: string, patientNumber: string): void {
    this.raise('card.linked', {
      hospitalId,
      patientNumber,
      linkedAt: toShanghaiIso(this.deps.clock.now()),
    });
  }
}
