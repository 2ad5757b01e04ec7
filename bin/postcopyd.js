#!/usr/bin/env node
// Entry point installed as `postcopyd`; the code is compiled to dist/ at install (npm prepare).
import '../dist/services/cli/postcopyd.js'
