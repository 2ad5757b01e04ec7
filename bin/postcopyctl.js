#!/usr/bin/env node
// Entry point installed as `postcopyctl`; the code is compiled to dist/ at install (npm prepare).
import '../dist/services/cli/postcopyctl.js'
