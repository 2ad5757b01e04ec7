// tsc does not copy the generated protobuf module; put it beside the compiled codec.
import { copyFileSync, mkdirSync } from 'node:fs'
mkdirSync('dist/services/common/wire', { recursive: true })
copyFileSync('services/common/wire/proto.js', 'dist/services/common/wire/proto.js')
