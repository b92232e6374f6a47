#!/usr/bin/env node
import { guardProcess } from '../dist/cli/io.js';
guardProcess();
const { main } = await import('../dist/cli/main.js');
await main(process.argv);
