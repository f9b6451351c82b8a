// The reports side of the model in one bundle: the book of every report, the residents' desk (lists,
// details, trends) and the issuer of new reports (report.ready to accounts and hospital webhooks).
import type { MockClock } from '../../clock';
import type { CardModel } from '../cards/model';
import type { HospitalDirectory } from '../hospitals';
import type { EventSink } from '../ports';
import type { HospitalEventSink } from '../webhooks/events';
import { ReportBook } from './book';
import { ReportDesk } from './desk';
import { ReportIssuer } from './issue';

export interface ReportsModelDeps {
  seed: number;
  clock: MockClock;
  cards: CardModel;
  hospitals: HospitalDirectory;
  events: EventSink;
  /** Where `report.ready` goes to the hospital's webhooks. */
  hospitalEvents: HospitalEventSink;
}

export class ReportsModel {
  readonly book: ReportBook;
  readonly desk: ReportDesk;
  readonly issuer: ReportIssuer;

  constructor(deps: ReportsModelDeps) {
    this.book = new ReportBook(deps.seed, deps.hospitals, deps.cards.persons, deps.clock.now());
    this.desk = new ReportDesk(this.book, deps.cards, deps.hospitals);
    this.issuer = new ReportIssuer({ ...deps, book: this.book });
  }
}
