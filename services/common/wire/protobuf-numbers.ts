// Makes protobufjs decode 64-bit fields (gpas, sizes) as plain numbers. Every
// gpa we handle is below 2^53, and Long objects would cost an allocation per
// page on the hot path. Imported before the generated module, whose prototype
// defaults are computed when it loads.
import $protobuf from 'protobufjs/minimal.js'

$protobuf.util.Long = null as unknown as typeof $protobuf.util.Long
$protobuf.configure()
