// Paths of the platform's public resources, with each id encoded as one path segment (an id holding `/`
// or `?` must not reach another endpoint).
const segment = encodeURIComponent;

export const hospitalPath = (hospitalId: string): string => `/v1/hospitals/${segment(hospitalId)}`;
export const departmentPath = (departmentId: string): string => `/v1/departments/${segment(departmentId)}`;
export const doctorPath = (doctorId: string): string => `/v1/doctors/${segment(doctorId)}`;
export const schedulePath = (scheduleId: string): string => `/v1/schedules/${segment(scheduleId)}`;
export const holdPath = (holdId: string): string => `/v1/holds/${segment(holdId)}`;
export const appointmentPath = (appointmentId: string): string =>
  `/v1/appointments/${segment(appointmentId)}`;
export const paymentPath = (paymentId: string): string => `/v1/payments/${segment(paymentId)}`;
export const billPath = (billId: string): string => `/v1/bills/${segment(billId)}`;
export const waitlistEntryPath = (entryId: string): string => `/v1/waitlist/${segment(entryId)}`;
/** `cardRef` is the account's opaque reference (`Card.id`), never the 64-hex card ID. */
export const cardPath = (cardRef: string): string => `/v1/cards/${segment(cardRef)}`;
// The hospital side (hospital key instead of a resident's token) lives under /v1/hospital.
export const hospitalAppointmentPath = (appointmentId: string): string =>
  `/v1/hospital/appointments/${segment(appointmentId)}`;
export const hospitalSchedulePath = (scheduleId: string): string =>
  `/v1/hospital/schedules/${segment(scheduleId)}`;
export const hospitalPaymentPath = (paymentId: string): string =>
  `/v1/hospital/payments/${segment(paymentId)}`;
export const reportPath = (reportId: string): string => `/v1/reports/${segment(reportId)}`;
export const trendsPath = (cardRef: string): string => `${cardPath(cardRef)}/trends`;
export const hospitalWebhookPath = (webhookId: string): string =>
  `/v1/hospital/webhooks/${segment(webhookId)}`;
