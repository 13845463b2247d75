import { contractInferenceConsumer, inferContract } from '../core/contract/contract-inference.js';
import type { Contract } from '../core/contract/contract-schema.js';
import { contractToYaml } from '../core/contract/contract-yaml.js';
import type { ReadOptions } from '../core/data/read-options.js';
import type { RecordBatch } from '../core/data/record-batch.js';

export interface SchemaInferPorts {
  readBatches(path: string, options: ReadOptions): AsyncIterable<RecordBatch>;
}

/** Infers a data contract from one streaming pass over a data file; returns it and its reviewable YAML. */
export async function inferSchema(data: { path: string; file: string }, read: ReadOptions, ports: SchemaInferPorts): Promise<{ contract: Contract; yaml: string; rows: number }> {
  const consumer = contractInferenceConsumer();
  let rows = 0;
  for await (const batch of ports.readBatches(data.path, read)) {
    rows += batch.length;
    consumer.consume(batch);
  }
  const contract = inferContract(consumer.finish(), read.nullValues ?? ['']);
  return { contract, yaml: contractToYaml(contract, { dataFile: data.file, rows }), rows };
}
