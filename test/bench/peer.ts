// Child process for the baselines: a WebSocket page server (answers each small
// request with 4 KiB) or a TCP sink that counts bytes, on loopback port 0.
import { createServer } from 'node:net'
import { WebSocketServer } from 'ws'

const mode = process.argv[2]

if (mode === 'ws-echo') {
  // Same socket options as the peer channels: no compression, no UTF-8 checks.
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate: false, skipUTF8Validation: true })
  const reply = Buffer.alloc(4096, 0xa5)
  wss.on('connection', ws => {
    ws.on('message', (data: Buffer) => {
      // Stamp the request's first bytes into the reply so a stale answer cannot pass.
      data.copy(reply, 0, 0, Math.min(8, data.length))
      ws.send(reply, { binary: true })
    })
  })
  wss.on('listening', () => {
    const a = wss.address()
    process.stdout.write(JSON.stringify({ port: typeof a === 'object' && a !== null ? a.port : 0 }) + '\n')
  })
} else if (mode === 'tcp-sink') {
  // Reads and drops everything; after `expect` bytes answers one byte so the
  // sender's clock stops when the data has arrived, not when it was queued.
  const expect = Number(process.argv[3])
  const server = createServer(sock => {
    let got = 0
    sock.on('data', b => {
      got += b.length
      if (got >= expect) { sock.write('x'); got = -Infinity }
    })
    sock.on('error', () => { /* the sender hung up */ })
  })
  server.listen(0, '127.0.0.1', () => {
    const a = server.address()
    process.stdout.write(JSON.stringify({ port: typeof a === 'object' && a !== null ? a.port : 0 }) + '\n')
  })
} else {
  process.stderr.write(`peer: unknown mode '${String(mode)}'\n`)
  process.exitCode = 2
}
// The parent closes our stdin when it is done with us.
process.stdin.on('end', () => process.exit(0))
process.stdin.resume()
