// The reference side of profile.bench.ts, run as its own process so its peak RSS is measured alone:
// DuckDB's SUMMARIZE over read_csv with NA as null, default threads.
import { DuckDBInstance } from '@duckdb/node-api';

const file = process.argv[2];
if (file === undefined) throw new Error('usage: duckdb-summarize.ts FILE');
const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
const reader = await connection.runAndReadAll(`SUMMARIZE SELECT * FROM read_csv('${file.replace(/'/g, "''")}', nullstr='NA')`);
console.log(`${reader.getRowObjects().length} columns summarized`);
