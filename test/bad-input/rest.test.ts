import t from 'tap'
import { startTestDaemon, startDaemonPair } from '../helpers/daemon.js'

t.test('bad REST bodies get 400 with a stable code and create nothing', async t => {
  const d = await startTestDaemon(t)
  const bodies: unknown[] = [
    'not json',
    {},
    { memoryMiB: 'big' },
    { memoryMiB: -1 },
    { vcpus: 0 },
    { vcpus: 1000 },
    { id: '../etc' },
    { workload: { kind: 'nope' } },
    { workload: { writeRatio: 2 } },
    { unknownField: 1 },
    { memslots: [] },
    { fill: 'ones' }
  ]
  for (const b of bodies) {
    const res = await d.api('POST', '/v1/vms', b)
    if (JSON.stringify(b) === '{}') {
      // An empty body is a valid request: every field has a default.
      t.equal(res.status, 201, 'empty body uses defaults')
      await d.api('DELETE', `/v1/vms/${res.body.id as string}`)
      continue
    }
    t.equal(res.status, 400, `400 for ${JSON.stringify(b)}`)
    t.equal(res.body.code, 'PCD_ERR_API_VALIDATION', `code for ${JSON.stringify(b)}`)
    t.type(res.body.message, 'string')
  }
  const big = await d.api('POST', '/v1/vms', { id: 'x'.repeat(10), pad: 'y'.repeat(100_000) })
  t.equal(big.status, 413, 'oversized body refused')
  t.equal(big.body.code, 'PCD_ERR_API_VALIDATION')
  const list = await d.api('GET', '/v1/vms')
  t.same(list.body, [], 'no VM was created')
  const mig = await d.api('POST', '/v1/migrations', { vm: 'a' })
  t.equal(mig.status, 400)
  t.equal(mig.body.code, 'PCD_ERR_API_VALIDATION')
  const badUrl = await d.api('POST', '/v1/migrations', { vm: 'a', destination: 'ftp://x' })
  t.equal(badUrl.status, 400)
  const badMode = await d.api('POST', '/v1/migrations', { vm: 'a', destination: 'http://127.0.0.1:1', mode: 'teleport' })
  t.equal(badMode.status, 400)
})

t.test('unknown ids and routes get 404 with a stable code', async t => {
  const d = await startTestDaemon(t)
  for (const [method, path, code] of [
    ['GET', '/v1/vms/nope', 'PCD_ERR_VM_NOT_FOUND'],
    ['DELETE', '/v1/vms/nope', 'PCD_ERR_VM_NOT_FOUND'],
    ['GET', '/v1/vms/nope/digest', 'PCD_ERR_VM_NOT_FOUND'],
    ['GET', '/v1/migrations/nope', 'PCD_ERR_MIGRATION_NOT_FOUND'],
    ['GET', '/v1/nothing', 'PCD_ERR_API_NOT_FOUND']
  ] as const) {
    const res = await d.api(method, path)
    t.equal(res.status, 404, `${method} ${path}`)
    t.equal(res.body.code, code, `${method} ${path} code`)
  }
  const res = await d.api('POST', '/v1/migrations', { vm: 'nope', destination: 'http://127.0.0.1:9' })
  t.equal(res.status, 404)
  t.equal(res.body.code, 'PCD_ERR_VM_NOT_FOUND')
})

t.test('a destination that is not listening: clear error, the VM keeps running on the source', async t => {
  const d = await startTestDaemon(t)
  // A port that was just free: nothing listens there.
  const closed = await startTestDaemon(t)
  const deadUrl = closed.url
  await closed.close()
  const created = await d.api('POST', '/v1/vms', { id: 'keep', memoryMiB: 4, vcpus: 2, workload: { steps: 50_000_000, compute: 10 } })
  t.equal(created.status, 201)
  const res = await d.api('POST', '/v1/migrations', { vm: 'keep', destination: deadUrl })
  t.equal(res.status, 502)
  t.equal(res.body.code, 'PCD_ERR_PEER_UNREACHABLE')
  t.match(res.body.message, /Cannot reach destination/)
  const vm = await d.api('GET', '/v1/vms/keep')
  t.equal(vm.body.state, 'running', 'still running on the source')
  const before = vm.body.vcpus[0].step as number
  // Progress continues: the vCPUs were never paused.
  const vmObj = d.host.guestVm('keep')
  while (vmObj.vcpus()[0]!.step <= before) await new Promise(resolve => setImmediate(resolve))
  t.pass('vCPU still making progress')
  const migs = await d.api('GET', '/v1/migrations')
  t.equal(migs.body[0].state, 'failed')
  t.equal(migs.body[0].error.code, 'PCD_ERR_PEER_UNREACHABLE')
})

t.test('a destination with the wrong secret refuses the migration; nothing changes on either side', async t => {
  const { src } = await startDaemonPair(t)
  const other = await startTestDaemon(t, { peerSecret: 'another-secret-entirely-0000' }, 'other')
  await src.api('POST', '/v1/vms', { id: 'v', memoryMiB: 4, workload: { steps: 50_000_000, compute: 10 } })
  const res = await src.api('POST', '/v1/migrations', { vm: 'v', destination: other.url })
  t.equal(res.status, 403)
  t.equal(res.body.code, 'PCD_ERR_AUTH_REFUSED')
  t.equal((await src.api('GET', '/v1/vms/v')).body.state, 'running')
  t.same((await other.api('GET', '/v1/vms')).body, [], 'nothing allocated on the other daemon')
})

t.test('a destination that already has the VM refuses it; the VM keeps running', async t => {
  const { src, dst } = await startDaemonPair(t)
  await src.api('POST', '/v1/vms', { id: 'dup', memoryMiB: 4, workload: { steps: 50_000_000, compute: 10 } })
  await dst.api('POST', '/v1/vms', { id: 'dup', memoryMiB: 4, workload: { steps: 10 } })
  const res = await src.api('POST', '/v1/migrations', { vm: 'dup', destination: dst.url })
  t.equal(res.status, 502)
  t.equal(res.body.code, 'PCD_ERR_PEER_REJECTED')
  t.match(res.body.message, /PCD_ERR_VM_EXISTS/)
  t.equal((await src.api('GET', '/v1/vms/dup')).body.state, 'running')
})
