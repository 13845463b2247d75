#!/usr/bin/env node
// The CLI is the committed bundle built from src/cli/bin.ts (npm run build).
import '../dist/cli/index.js';
