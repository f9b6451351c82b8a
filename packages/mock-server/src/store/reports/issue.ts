// Issuing a report now (a lab or an exam finishing at a hospital): the report joins the person's history,
// every account holding the card is told (an account event, name masked) and the hospital's webhook
// subscribers get a signed `report.ready` with the hospital's own patient number (never names or IDs).
import { maskName, toShanghaiIso } from '@yika/sdk/domain';
import type { MockClock } from '../../clock';
import type { ReportType } from '../../contract/wire';
import { createRandom, mixSeed } from '../../random';
import { cardAndPerson, type CardModel } from '../cards/model';
import { PlatformError } from '../errors';
import { publishToCardHolders } from '../events';
import type { HospitalDirectory } from '../hospitals';
import type { EventSink } from '../ports';
import type { HospitalEventSink } from '../webhooks/events';
import type { ReportBook } from './book';
import { EXAM_TEMPLATES, examTemplate, type ExamKey } from './exam-catalogue';
import { buildExamReport, buildLabReport, type ReportSite } from './factory';
import { LAB_PANELS, labPanel, type PanelKey } from './lab-catalogue';
import type { ReportRecord } from './records';

const HOUR_MS = 3_600_000;

export interface IssueRequest {
  cardId: string;
  /** Default: one of the hospitals the seed reports from. */
  hospitalId?: string;
  /** Default `lab`. */
  kind?: ReportType;
  /** Which lab panel (for `lab`) or exam (for `exam`); default a seeded pick. */
  panel?: PanelKey;
  exam?: ExamKey;
  /** For an exam: an abnormal reading (default normal). */
  abnormal?: boolean;
}

export interface ReportIssuerDeps {
  seed: number;
  clock: MockClock;
  book: ReportBook;
  cards: CardModel;
  hospitals: HospitalDirectory;
  events: EventSink;
  /** Raises `report.ready` for the hospital's webhooks. */
  hospitalEvents: HospitalEventSink;
}

export class ReportIssuer {
  constructor(private readonly deps: ReportIssuerDeps) {}

  /** Issues the report, tells the card's holders and the hospital; NOT_FOUND for an unknown card or hospital. */
  issue(request: IssueRequest): ReportRecord {
    const { book, cards, clock } = this.deps;
    if (!cards.cards.get(request.cardId)) throw new PlatformError('NOT_FOUND');
    const { person } = cardAndPerson(cards, request.cardId);
    const subject = book.subject(person.id);
    book.forPerson(person.id); // the seeded history first, so the new report comes after it
    const random = createRandom(mixSeed(this.deps.seed, 0x155e, subject.personKey, book.issuedCount));
    const site = this.site(request.hospitalId, random.next());
    const nowMs = clock.now();
    const id = book.nextIssuedId();
    const report: ReportRecord =
      (request.kind ?? 'lab') === 'lab'
        ? buildLabReport(random, this.deps.seed, subject, {
            ...site,
            id,
            panel: request.panel ? labPanel(request.panel) : random.pick(LAB_PANELS),
            collectedAtMs: nowMs - 2 * HOUR_MS,
            progress: 1,
          })
        : buildExamReport(random, subject, {
            ...site,
            id,
            template: request.exam ? examTemplate(request.exam) : random.pick(EXAM_TEMPLATES),
            examinedAtMs: nowMs - HOUR_MS,
            abnormal: request.abnormal ?? false,
          });
    if (report.type === 'lab') report.receivedAtMs = Math.min(report.receivedAtMs, nowMs);
    report.reportedAtMs = nowMs;
    book.add(report);
    this.announce(report, request.cardId, person.id, person.name);
    return report;
  }

  private site(hospitalId: string | undefined, draw: number): ReportSite {
    const all = this.deps.hospitals.all();
    const candidates = this.deps.book.reportingHospitals();
    const chosen =
      hospitalId === undefined
        ? candidates[Math.floor(draw * candidates.length)]!
        : {
            hospital: this.deps.hospitals.require(hospitalId),
            index: all.findIndex((h) => h.id === hospitalId),
          };
    return { hospital: chosen.hospital, hospitalIndex: chosen.index, departmentName: '全科医学科' };
  }

  private announce(report: ReportRecord, cardId: string, personId: string, name: string): void {
    const { cards, hospitals } = this.deps;
    const hospital = hospitals.require(report.hospitalId);
    publishToCardHolders(this.deps.events, cards.bindings.holdersOf(cardId), {
      type: 'report.ready',
      title: '报告已出',
      body: `${maskName(name)}的${report.title}报告已出（${hospital.name}），请在“报告”中查看。`,
      reportId: report.id,
    });
    this.deps.hospitalEvents.raise('report.ready', {
      reportId: report.id,
      hospitalId: hospital.id,
      patientNumber: this.deps.hospitalEvents.patientNumber(hospital.id, personId),
      reportType: report.type,
      reportedAt: toShanghaiIso(report.reportedAtMs),
    });
  }
}
