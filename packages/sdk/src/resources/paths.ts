// Paths of the platform's public resources, with each id encoded as one path segment (an id holding `/`
// or `?` must not reach another endpoint).
const segment = encodeURIComponent;

export const hospitalPath = (hospitalId: string): string => `/v1/hospitals/${segment(hospitalId)}`;
export const departmentPath = (departmentId: string): string => `/v1/departments/${segment(departmentId)}`;
export const doctorPath = (doctorId: string): string => `/v1/doctors/${segment(doctorId)}`;
export const schedulePath = (scheduleId: string): string => `/v1/schedules/${segment(scheduleId)}`;
export const holdPath = (holdId: string): string => `/v1/holds/${segment(holdId)}`;
