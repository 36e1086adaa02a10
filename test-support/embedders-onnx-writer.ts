/**
 * Just enough of the ONNX protobuf format to write small test graphs by hand, so tests can
 * build a real model file at run time instead of downloading or committing one.
 * Field numbers follow onnx/onnx.proto (IR version 8).
 */

export const OnnxDataType = { FLOAT: 1, INT64: 7 } as const;
export type OnnxDataType = (typeof OnnxDataType)[keyof typeof OnnxDataType];

export type OnnxTensor = { name: string; dataType: OnnxDataType; dims: number[]; values: number[] };
export type OnnxValueInfo = { name: string; elemType: OnnxDataType; shape: (number | string)[] };
export type OnnxAttribute = { name: string; int: number } | { name: string; ints: number[] };
export type OnnxNode = { opType: string; inputs: string[]; outputs: string[]; name?: string; attributes?: OnnxAttribute[] };
export type OnnxGraph = {
  name: string;
  nodes: OnnxNode[];
  initializers: OnnxTensor[];
  inputs: OnnxValueInfo[];
  outputs: OnnxValueInfo[];
};

/** Protobuf wire-format writer (varint = type 0, 64-bit = 1, length-delimited = 2, 32-bit = 5). */
class ProtoWriter {
  private chunks: number[] = [];

  private varint(value: number | bigint): void {
    let v = BigInt.asUintN(64, BigInt(value));
    while (v >= 0x80n) {
      this.chunks.push(Number(v & 0x7fn) | 0x80);
      v >>= 7n;
    }
    this.chunks.push(Number(v));
  }

  private tag(field: number, wireType: number): void {
    this.varint((field << 3) | wireType);
  }

  int(field: number, value: number): this {
    this.tag(field, 0);
    this.varint(value);
    return this;
  }

  bytes(field: number, data: Uint8Array): this {
    this.tag(field, 2);
    this.varint(data.length);
    for (const b of data) this.chunks.push(b);
    return this;
  }

  string(field: number, value: string): this {
    return this.bytes(field, new TextEncoder().encode(value));
  }

  message(field: number, build: (w: ProtoWriter) => void): this {
    const inner = new ProtoWriter();
    build(inner);
    return this.bytes(field, inner.finish());
  }

  packedInts(field: number, values: number[]): this {
    const inner = new ProtoWriter();
    for (const v of values) inner.varint(v);
    return this.bytes(field, inner.finish());
  }

  finish(): Uint8Array {
    return Uint8Array.from(this.chunks);
  }
}

function writeTensor(w: ProtoWriter, t: OnnxTensor): void {
  for (const d of t.dims) w.int(1, d); // dims
  w.int(2, t.dataType); // data_type
  w.string(8, t.name); // name
  // raw_data (9): little-endian values, the layout onnxruntime reads fastest.
  const raw =
    t.dataType === OnnxDataType.FLOAT
      ? new Uint8Array(Float32Array.from(t.values).buffer)
      : new Uint8Array(BigInt64Array.from(t.values.map((v) => BigInt(v))).buffer);
  w.bytes(9, raw);
}

function writeValueInfo(w: ProtoWriter, v: OnnxValueInfo): void {
  w.string(1, v.name); // name
  w.message(2, (type) => // type: TypeProto
    type.message(1, (tensor) => { // tensor_type
      tensor.int(1, v.elemType); // elem_type
      tensor.message(2, (shape) => { // shape: TensorShapeProto
        for (const d of v.shape) {
          shape.message(1, (dim) => (typeof d === 'number' ? dim.int(1, d) : dim.string(2, d)));
        }
      });
    }),
  );
}

function writeNode(w: ProtoWriter, n: OnnxNode, index: number): void {
  for (const i of n.inputs) w.string(1, i);
  for (const o of n.outputs) w.string(2, o);
  w.string(3, n.name ?? `${n.opType}_${index}`);
  w.string(4, n.opType);
  for (const a of n.attributes ?? []) {
    w.message(5, (attr) => {
      attr.string(1, a.name);
      if ('int' in a) attr.int(3, a.int).int(20, 2); // i, type INT
      else attr.packedInts(8, a.ints).int(20, 7); // ints, type INTS
    });
  }
}

/** Serialises a ModelProto with one graph in the default ONNX domain. */
export function encodeOnnxModel(graph: OnnxGraph, opsetVersion = 13): Uint8Array {
  return new ProtoWriter()
    .int(1, 8) // ir_version
    .string(2, 'report-assistant-tests') // producer_name
    .message(7, (g) => {
      graph.nodes.forEach((n, i) => g.message(1, (w) => writeNode(w, n, i)));
      g.string(2, graph.name);
      for (const t of graph.initializers) g.message(5, (w) => writeTensor(w, t));
      for (const v of graph.inputs) g.message(11, (w) => writeValueInfo(w, v));
      for (const v of graph.outputs) g.message(12, (w) => writeValueInfo(w, v));
    })
    .message(8, (o) => o.string(1, '').int(2, opsetVersion)) // opset_import
    .finish();
}
