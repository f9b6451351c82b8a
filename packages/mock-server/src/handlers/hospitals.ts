// Districts, hospitals and department trees. Thin: search, order and paging live in store/hospitals.ts.
import { defineOperation } from '../http/operation';

export const hospitalOperations = [
  defineOperation('listDistricts', ({ store }) => ({
    status: 200,
    body: { data: store.hospitals.districts() },
  })),

  defineOperation('listHospitals', ({ store, query }) => ({
    status: 200,
    body: store.hospitals.list(query),
  })),

  defineOperation('getHospital', ({ store, params }) => ({
    status: 200,
    body: store.hospitals.get(params.hospitalId),
  })),

  defineOperation('listDepartments', ({ store, params }) => ({
    status: 200,
    body: { data: store.hospitals.departments(params.hospitalId) },
  })),
];
