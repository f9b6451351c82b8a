// The platform's JSON answers keep their text beside them, so the idempotency ledger and the standalone
// server need not clone and drain the body stream; the answer itself must look as msw's would.
import { HttpResponse } from 'msw';
import { bodyTextOf, jsonResponse, knownBodyText } from '../src/http/json-response';

const BODY = { name: '张三', feeFen: 500, nested: { list: [1, 2] } };

it('answers like HttpResponse.json: status, JSON content type, byte length and body', async () => {
  const ours = jsonResponse(BODY, { status: 201, headers: { 'X-Request-Id': 'req_1' } });
  const msws = HttpResponse.json(BODY, { status: 201, headers: { 'X-Request-Id': 'req_1' } });
  expect(ours.status).toBe(201);
  const entries = (headers: Headers) => {
    const list: [string, string][] = [];
    headers.forEach((value, name) => list.push([name, value]));
    return list;
  };
  expect(entries(ours.headers)).toEqual(entries(msws.headers));
  expect(ours.headers.get('content-length')).toBe(String(Buffer.byteLength(JSON.stringify(BODY))));
  expect(await ours.text()).toBe(await msws.text());
});

it('keeps a content type the caller gave, without doubling it', () => {
  const response = jsonResponse(BODY, {
    status: 200,
    headers: { 'content-type': 'application/problem+json' },
  });
  expect(response.headers.get('Content-Type')).toBe('application/problem+json');
});

it('hands out the text without reading the body, and reads other responses through a clone', async () => {
  const ours = jsonResponse(BODY, { status: 200 });
  expect(knownBodyText(ours)).toBe(JSON.stringify(BODY));
  expect(await bodyTextOf(ours)).toBe(JSON.stringify(BODY));
  expect(ours.bodyUsed).toBe(false);

  const other = new Response('plain text');
  expect(knownBodyText(other)).toBeUndefined();
  expect(await bodyTextOf(other)).toBe('plain text');
  expect(await other.text()).toBe('plain text');
});
