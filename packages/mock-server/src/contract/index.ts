// The contract, loaded and compiled once per process: the document never changes while tests run, and
// every platform instance shares it (which keeps createPlatform cheap).
import { loadContract, type OpenApiDocument } from './document';
import { listOperations, type ContractOperation } from './operations';
import { ContractValidator } from './validator';

export interface Contract {
  document: OpenApiDocument;
  operations: ContractOperation[];
  operation(operationId: string): ContractOperation;
  validator: ContractValidator;
}

let loaded: Contract | undefined;

export function getContract(): Contract {
  if (!loaded) {
    const document = loadContract();
    const operations = listOperations(document);
    const byId = new Map(operations.map((operation) => [operation.operationId, operation]));
    loaded = {
      document,
      operations,
      operation: (operationId) => {
        const operation = byId.get(operationId);
        if (!operation) throw new Error(`The contract has no operation ${operationId}`);
        return operation;
      },
      validator: new ContractValidator(document),
    };
  }
  return loaded;
}
