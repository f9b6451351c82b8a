// The contract's wire types, generated from the OpenAPI document and named by the SDK. The mock platform
// speaks exactly these shapes; importing them (types only) makes the compiler check every handler.
import type { operations, SmsCodeRequest } from '@yika/sdk';

export type {
  components,
  operations,
  Channel,
  ErrorCode,
  ErrorDetail,
  ErrorResponse,
  Jwk,
  Jwks,
  Session,
  Account,
  SmsCodeSent,
  District,
  DistrictRef,
  HospitalLevel,
  HospitalType,
  HospitalSummary,
  Hospital,
  HospitalPage,
  GeoPoint,
  Department,
  DepartmentKind,
  Card,
  CardHolder,
  CardApplication,
  CardApplicationResult,
  DynamicCardCode,
  CardCodeVerification,
  IdType,
  Gender,
  Relation,
  CardState,
  CardAttribute,
} from '@yika/sdk';

export type OperationId = keyof operations;
export type SmsPurpose = SmsCodeRequest['purpose'];
