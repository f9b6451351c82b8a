// The contract's wire types, generated from the OpenAPI document by the SDK package. The mock platform
// speaks exactly these shapes; importing them (types only) makes the compiler check every handler.
import type { components, operations } from '../../../sdk/src/generated/openapi';

export type { components, operations };
type Schemas = components['schemas'];

export type Channel = Schemas['Channel'];
export type ErrorCode = Schemas['ErrorCode'];
export type ErrorDetail = Schemas['ErrorDetail'];
export type ErrorResponse = Schemas['ErrorResponse'];
export type Jwk = Schemas['Jwk'];
export type Jwks = Schemas['Jwks'];
export type Session = Schemas['Session'];
export type Account = Schemas['Account'];
export type SmsCodeSent = Schemas['SmsCodeSent'];
export type District = Schemas['District'];
export type DistrictRef = Schemas['DistrictRef'];
export type HospitalLevel = Schemas['HospitalLevel'];
export type HospitalType = Schemas['HospitalType'];
export type HospitalSummary = Schemas['HospitalSummary'];
export type Hospital = Schemas['Hospital'];
export type HospitalPage = Schemas['HospitalPage'];
export type GeoPoint = Schemas['GeoPoint'];
export type Department = Schemas['Department'];
export type DepartmentKind = Schemas['DepartmentKind'];
export type OperationId = keyof operations;
