/**
 * The one way the reader reads XML: saxes (a namespace-aware streaming parser), by element
 * name within its namespace, whatever prefix a producer chose (<x:workbook xmlns:x=…> as the
 * OpenXML SDK writes it reads as <workbook>). Both the transitional and the strict namespaces
 * of SpreadsheetML count. A malformed part is an XlsxReadError in Swedish, never saxes's English.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';

export type Tag = SaxesTagNS;

const MAIN = new Set(['http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'http://purl.oclc.org/ooxml/spreadsheetml/main']);
const RELATIONSHIP_ATTR = new Set(['http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'http://purl.oclc.org/ooxml/officeDocument/relationships']);
const PACKAGE_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** Input the reader cannot use, said in Swedish for the user. */
export class XlsxReadError extends Error {}

/** A zip that lies or is cut short: the whole sentence, as the exceljs path says it (../checked). */
export class DamagedPackageError extends XlsxReadError {
  constructor(detail: string) {
    super(`arbetsboken är skadad eller manipulerad (${detail}); filen lästes inte`);
  }
}

// Every element of a sheet has the same namespace URI, so the last one that matched is compared first.
let lastMain = '';

/** True for a SpreadsheetML element (either namespace). */
export function inMain(tag: Tag): boolean {
  if (tag.uri === lastMain) return true;
  if (!MAIN.has(tag.uri)) return false;
  lastMain = tag.uri;
  return true;
}

/** True for a SpreadsheetML element of this local name. */
export function isMain(tag: Tag, local: string): boolean {
  return tag.local === local && inMain(tag);
}

/** True for an element of a relationships part (_rels/*.rels). */
export function isRel(tag: Tag, local: string): boolean {
  return tag.local === local && tag.uri === PACKAGE_RELS;
}

/** An attribute without a namespace (r, s, t, name, …): those are keyed by their plain name. */
export function attr(tag: Tag, name: string): string | undefined {
  return tag.attributes[name]?.value;
}

/** The r:id of an element, whatever the prefix of the relationships namespace is. */
export function relId(tag: Tag): string | undefined {
  for (const key in tag.attributes) {
    const a = tag.attributes[key];
    if (a.local === 'id' && RELATIONSHIP_ATTR.has(a.uri)) return a.value;
  }
  return undefined;
}

export interface XmlVisitor {
  open(tag: Tag): void;
  close?(tag: Tag): void;
  /** Character data (text and CDATA), in pieces. */
  text?(text: string): void;
}

function decoderFor(bytes: Uint8Array): TextDecoder {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be');
  return new TextDecoder('utf-8');
}

/** Text handed to the parser at a time: a large sheet is never one string in memory. */
const CHUNK = 1 << 16;

/** Streams one part through the visitor. `part` names it in the refusal. */
export function readXml(bytes: Uint8Array, part: string, visitor: XmlVisitor): void {
  const parser = new SaxesParser({ xmlns: true, position: false });
  parser.on('error', () => {
    throw new XlsxReadError(`delen ${part} är inte giltig XML (filen är skadad)`);
  });
  parser.on('opentag', (tag) => visitor.open(tag as Tag));
  if (visitor.close) {
    const close = visitor.close.bind(visitor);
    parser.on('closetag', (tag) => close(tag as Tag));
  }
  if (visitor.text) {
    const text = visitor.text.bind(visitor);
    parser.on('text', text);
    parser.on('cdata', text);
  }
  const decoder = decoderFor(bytes);
  for (let at = 0; at < bytes.length; at += CHUNK) parser.write(decoder.decode(bytes.subarray(at, at + CHUNK), { stream: true }));
  parser.write(decoder.decode());
  parser.close();
}
