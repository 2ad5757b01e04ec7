// The files in deploy/ hold together: Kubernetes objects with their required
// fields and cross-references, a systemd unit that uses real flags, Prometheus
// files that promtool accepts, and dashboards and alerts that name real metrics.
import t from 'tap'
import { readFileSync, readdirSync } from 'node:fs'
import { parseAllDocuments } from 'yaml'
import { configCommand, makeConfig, type ConfigInput } from '../../../services/common/config.js'
import { startTestDaemon } from '../../helpers/daemon.js'
import { promtool, runPromtool } from '../../helpers/prom.js'

// Tests run from dist/test/unit/deploy/.
const ROOT = new URL('../../../../', import.meta.url)
const read = (p: string): string => readFileSync(new URL(p, ROOT), 'utf8')
const deployPath = (p: string): string => new URL(`deploy/${p}`, ROOT).pathname

type Obj = Record<string, any>

function k8sObjects (): Array<{ file: string, obj: Obj }> {
  const out: Array<{ file: string, obj: Obj }> = []
  for (const file of readdirSync(new URL('deploy/kubernetes/', ROOT)).filter(f => f.endsWith('.yaml')).sort()) {
    for (const doc of parseAllDocuments(read(`deploy/kubernetes/${file}`))) {
      if (doc.errors.length > 0) throw new Error(`${file}: ${doc.errors.map(e => e.message).join('; ')}`)
      const obj = doc.toJS() as Obj | null
      if (obj !== null) out.push({ file, obj })
    }
  }
  return out
}

t.test('Kubernetes manifests parse and have their required fields', async t => {
  const objs = k8sObjects()
  const byKind = (kind: string): Obj => {
    const found = objs.filter(o => o.obj.kind === kind)
    t.equal(found.length, 1, `one ${kind}`)
    return found[0]!.obj
  }
  for (const { file, obj } of objs) {
    t.type(obj.apiVersion, 'string', `${file}: apiVersion`)
    t.type(obj.kind, 'string', `${file}: kind`)
    if (obj.kind === 'Kustomization') continue
    t.match(obj.metadata?.name, /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, `${file}: metadata.name is a DNS label`)
    if (obj.kind !== 'Namespace') t.equal(obj.metadata?.namespace, 'postcopyd', `${file}: namespace`)
  }
  const kust = byKind('Kustomization')
  t.same([...kust.resources].sort(), readdirSync(new URL('deploy/kubernetes/', ROOT)).filter(f => f.endsWith('.yaml') && f !== 'kustomization.yaml').sort(), 'kustomization lists every manifest')

  const secret = byKind('Secret')
  const cm = byKind('ConfigMap')
  const svc = byKind('Service')
  const ds = byKind('DaemonSet')
  t.equal(ds.apiVersion, 'apps/v1')
  t.equal(svc.apiVersion, 'v1')

  t.ok(String(secret.stringData?.['peer-secret'] ?? '').length >= 16, 'secret: a peer secret of 16+ characters (postcopyd refuses less)')
  const config = JSON.parse(cm.data['config.json'] as string) as ConfigInput
  t.doesNotThrow(() => makeConfig(config), 'configmap: config.json is a valid postcopyd config')

  const pod = ds.spec.template
  t.same(ds.spec.selector.matchLabels, { 'app.kubernetes.io/name': 'postcopyd' })
  for (const [k, v] of Object.entries(ds.spec.selector.matchLabels as Obj)) t.equal(pod.metadata.labels[k], v, `pod template has selector label ${k}`)
  const c = pod.spec.containers.find((x: Obj) => x.name === 'postcopyd')
  t.ok(c, 'postcopyd container')
  t.type(c.image, 'string')
  t.same(c.ports, [{ name: 'http', containerPort: 7410, protocol: 'TCP' }], 'port 7410 named http')
  t.match(c.livenessProbe, { httpGet: { path: '/healthz', port: 'http' } }, 'liveness on /healthz')
  t.match(c.readinessProbe, { httpGet: { path: '/readyz', port: 'http' } }, 'readiness on /readyz')
  t.match(c.securityContext, { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } })
  t.equal(pod.spec.securityContext.runAsNonRoot, true)

  // Every flag is one postcopyd knows, and every file it names is mounted.
  const known = new Set(configCommand().options.map(o => o.long))
  const args = c.args as string[]
  for (const a of args.filter(x => x.startsWith('--'))) t.ok(known.has(a), `postcopyd knows ${a}`)
  const argOf = (flag: string): string => args[args.indexOf(flag) + 1]!
  t.match(argOf('--listen'), /^0\.0\.0\.0:7410$/)
  const mounted = (path: string): { volume: Obj, item: string } => {
    const m = (c.volumeMounts as Obj[]).find(v => path.startsWith(`${v.mountPath as string}/`))
    const volume = (pod.spec.volumes as Obj[]).find(v => v.name === m?.name)
    return { volume: volume ?? {}, item: m === undefined ? '' : path.slice((m.mountPath as string).length + 1) }
  }
  const sf = mounted(argOf('--secret-file'))
  t.equal(sf.volume.secret?.secretName, secret.metadata.name, '--secret-file is in the secret volume')
  t.ok((sf.volume.secret.items as Obj[]).some(i => i.path === sf.item && i.key in secret.stringData), 'the secret file is a key of the Secret')
  const cf = mounted(argOf('--config'))
  t.equal(cf.volume.configMap?.name, cm.metadata.name, '--config is in the configmap volume')
  t.ok((cf.volume.configMap.items as Obj[]).some(i => i.path === cf.item && i.key in cm.data), 'the config file is a key of the ConfigMap')
  for (const e of c.env as Obj[]) {
    const ref = e.valueFrom?.configMapKeyRef ?? e.valueFrom?.secretKeyRef
    if (ref === undefined) continue
    const src = e.valueFrom.configMapKeyRef !== undefined ? cm.data : secret.stringData
    t.ok(ref.key in src, `env ${e.name as string}: key ${ref.key as string} exists`)
  }
  for (const a of args) for (const [, v] of a.matchAll(/\$\(([A-Z_]+)\)/g)) t.ok((c.env as Obj[]).some(e => e.name === v), `$(${v}) is defined`)

  t.equal(svc.spec.clusterIP, 'None', 'headless service')
  for (const [k, v] of Object.entries(svc.spec.selector as Obj)) t.equal(pod.metadata.labels[k], v, `service selects the pods (${k})`)
  t.match(svc.spec.ports, [{ port: 7410, targetPort: 'http' }])
})

t.test('the systemd unit runs postcopyd with real flags and hardening', async t => {
  const unit = read('deploy/systemd/postcopyd.service')
  // Join continuation lines, then read key=value pairs (keys may repeat).
  const lines = unit.replace(/\\\n\s*/g, ' ').split('\n').filter(l => /^[A-Za-z]+=/.test(l))
  const values = (k: string): string[] => lines.filter(l => l.startsWith(`${k}=`)).map(l => l.slice(k.length + 1).trim())
  t.same(values('EnvironmentFile'), ['/etc/postcopyd/env'])
  const exec = values('ExecStart')[0] ?? ''
  const known = new Set(configCommand().options.map(o => o.long))
  const flags = exec.split(/\s+/).filter(x => x.startsWith('--'))
  t.same(flags, ['--listen', '--secret-file', '--log-level', '--node-name'], 'ExecStart flags')
  for (const f of flags) t.ok(known.has(f), `postcopyd knows ${f}`)
  const env = read('deploy/systemd/env.example')
  for (const [, v] of exec.matchAll(/\$\{([A-Z_]+)\}/g)) t.match(env, new RegExp(`^${v}=`, 'm'), `env.example sets ${v}`)
  t.match(env, /^POSTCOPYD_TOKEN=/m, 'the token comes from the environment file')
  for (const [k, v] of [['NoNewPrivileges', 'yes'], ['ProtectSystem', 'strict'], ['PrivateTmp', 'yes'], ['ProtectHome', 'yes'],
    ['PrivateDevices', 'yes'], ['CapabilityBoundingSet', ''], ['RestrictAddressFamilies', 'AF_INET AF_INET6 AF_UNIX']]) {
    t.same(values(k!), [v], `${k}=${v}`)
  }
  t.same(values('MemoryDenyWriteExecute'), [], 'no MemoryDenyWriteExecute: V8 needs it off')
})

const skip = promtool() === undefined ? 'promtool is not on PATH (Debian: apt-get install prometheus)' : false

t.test('promtool accepts the Prometheus files', { skip }, async t => {
  const cfg = runPromtool(['check', 'config', deployPath('prometheus/prometheus.yml')])
  t.equal(cfg.status, 0, 'check config prometheus.yml', { output: cfg.output })
  const rules = runPromtool(['check', 'rules', deployPath('prometheus/alerts.yml')])
  t.equal(rules.status, 0, 'check rules alerts.yml', { output: rules.output })
  t.match(rules.output, /SUCCESS: 5 rules found/)
  const unit = runPromtool(['test', 'rules', deployPath('prometheus/alerts.test.yml')])
  t.equal(unit.status, 0, 'test rules alerts.test.yml: the alerts fire when they should', { output: unit.output })
  const k8s = runPromtool(['check', 'config', deployPath('prometheus/prometheus-kubernetes.yml')])
  // Debian's promtool is built without Kubernetes service discovery.
  const noK8sSd = /field kubernetes_sd_configs not found/.test(k8s.output)
  t.test('check config prometheus-kubernetes.yml', { skip: noK8sSd ? 'this promtool has no kubernetes_sd_configs (Debian build)' : false }, async t => {
    t.equal(k8s.status, 0, 'valid', { output: k8s.output })
  })
})

t.test('the dashboard, the alerts and docs/metrics.md name the metrics the daemon serves', async t => {
  const d = await startTestDaemon(t)
  const text = await (await fetch(d.url + '/metrics')).text()
  const families = new Map([...text.matchAll(/^# TYPE (\S+) (\S+)$/gm)].map(m => [m[1]!, m[2]!]))
  const served = (name: string): boolean => {
    if (families.has(name)) return true
    const base = name.replace(/_(bucket|sum|count)$/, '')
    return families.get(base) === 'histogram'
  }
  const names = (s: string): string[] => [...new Set([...s.matchAll(/\b((?:postcopy|process|nodejs)_[a-z0-9_]+)/g)].map(m => m[1]!))]

  const dash = JSON.parse(read('deploy/grafana/postcopyd-dashboard.json')) as Obj
  t.equal(dash.uid, 'postcopyd')
  t.type(dash.title, 'string')
  const panels = dash.panels as Obj[]
  const exprs: string[] = []
  for (const p of panels) {
    t.type(p.gridPos?.w, 'number', `panel ${p.id as number}: gridPos`)
    if (p.type === 'row') continue
    t.ok(Array.isArray(p.targets) && p.targets.length > 0, `panel ${p.title as string}: targets`)
    for (const q of p.targets as Obj[]) exprs.push(q.expr as string)
  }
  t.same(new Set(panels.map(p => p.id)).size, panels.length, 'panel ids unique')
  for (const n of names(exprs.join('\n'))) t.ok(served(n), `dashboard: ${n} is served`)
  for (const n of ['postcopy_migrations', 'postcopy_pages_total', 'postcopy_bytes_total', 'postcopy_faults_total', 'postcopy_fault_service_seconds_bucket',
    'postcopy_vcpu_blocked_seconds_total', 'postcopy_last_migration_downtime_seconds', 'postcopy_throughput_bytes_per_second', 'postcopy_page_requests_in_flight']) {
    t.ok(exprs.some(e => e.includes(n)), `dashboard shows ${n}`)
  }

  for (const n of names(read('deploy/prometheus/alerts.yml'))) t.ok(served(n), `alerts: ${n} is served`)

  const doc = read('docs/metrics.md')
  const ours = [...families.keys()].filter(n => n.startsWith('postcopy_'))
  t.ok(ours.length >= 20, `${ours.length} postcopy_ metrics`)
  for (const n of ours) t.match(doc, new RegExp('`' + n + '` \\| ' + families.get(n)), `docs/metrics.md lists ${n} as a ${families.get(n)}`)
  for (const [, n] of doc.matchAll(/^\| `(postcopy_[a-z_]+)` \|/gm)) t.ok(families.has(n!), `documented ${n} is served`)
})
