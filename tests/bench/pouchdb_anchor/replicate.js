// The sync bench's anchor (tests/bench/sync_bench.cpp, docs/performance.md):
// what a store would use instead of ocop-syncd → ocop-hq. Starts
// express-pouchdb on a loopback port (its databases in LevelDB files under a
// scratch folder, as a server keeps them), loads the sale documents the C++
// bench wrote into a local PouchDB, and times one replication of all of them
// to the server. Prints one JSON line: {"docs": N, "seconds": S, "docs_per_second": R}.
//
//   node replicate.js DOCUMENTS.json SCRATCH_DIR
//
// DOCUMENTS.json: an array of objects, each a document with its own _id.
'use strict';

const fs = require('fs');
const path = require('path');
const express = require('express');
const PouchDB = require('pouchdb');
PouchDB.plugin(require('pouchdb-adapter-memory'));

async function main() {
    const [documentsFile, scratch] = process.argv.slice(2);
    if (!documentsFile || !scratch) {
        console.error('usage: node replicate.js DOCUMENTS.json SCRATCH_DIR');
        process.exit(2);
    }
    const documents = JSON.parse(fs.readFileSync(documentsFile, 'utf8'));

    // The server: express-pouchdb over LevelDB files in the scratch folder.
    fs.mkdirSync(scratch, { recursive: true });
    const ServerPouch = PouchDB.defaults({ prefix: path.join(scratch, 'server-') });
    const app = express();
    app.use('/', require('express-pouchdb')(ServerPouch, {
        mode: 'minimumForPouchDB',
        configPath: path.join(scratch, 'config.json'),
        logPath: path.join(scratch, 'log.txt'),
    }));
    const server = await new Promise((resolve) => {
        const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
    });
    const url = `http://127.0.0.1:${server.address().port}/sales`;

    // The terminal's side: the same documents in a local database, written
    // before the clock starts (the till wrote them as it sold).
    const local = new PouchDB('local', { adapter: 'memory' });
    await local.bulkDocs(documents);

    const start = process.hrtime.bigint();
    const result = await local.replicate.to(url);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (!result.ok || result.docs_written !== documents.length) {
        console.error(`replication incomplete: ${result.docs_written} of ${documents.length}`);
        process.exit(1);
    }
    const remote = new PouchDB(url);
    const info = await remote.info();
    if (info.doc_count !== documents.length) {
        console.error(`server holds ${info.doc_count} of ${documents.length} documents`);
        process.exit(1);
    }
    console.log(JSON.stringify({
        docs: documents.length,
        seconds,
        docs_per_second: documents.length / seconds,
    }));
    server.close();
    process.exit(0);
}

main().catch((error) => {
    console.error(error);
    process.exit(1);
});
