// Pure domain helpers: no axios, no I/O. Safe to import from the mini-program, browsers, Node and the
// mock platform.
export * from './id-number';
export * from './phone';
export * from './mask';
export * from './money';
export * from './time';
export * from './error-messages';
export * from './name';
export * from './id-agreement';
export * from './age';
export * from './code-tables';
export * from './card-qr';
export * from './card-application';
export * from './booking-names';
export * from './clinic-time';
export * from './payment-names';
export * from './booking-errors';
export * from './cancellation';
export * from './insurance-split';
export * from './report-names';
export * from './report-kinds';
export * from './lab-value';
export * from './trend-chart';
