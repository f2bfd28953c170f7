/**
 * WeCom pads to a multiple of 32 bytes, not AES's 16: pad values run 1..32. The official vectors
 * carry pads of 7, 22 and 30 bytes, and 30 is impossible with 16-byte blocks (platforms.md §2.4).
 */
export const WECOM_PAD_BLOCK = 32;

/** Appends 1..32 bytes, each holding the pad length. */
export function pkcs7Pad(data: Buffer): Buffer {
  const pad = WECOM_PAD_BLOCK - (data.length % WECOM_PAD_BLOCK);
  return Buffer.concat([data, Buffer.alloc(pad, pad)]);
}

/** Removes the padding, or returns undefined when it is not well-formed. */
export function pkcs7Unpad(data: Buffer): Buffer | undefined {
  const pad = data[data.length - 1];
  if (pad === undefined || pad < 1 || pad > WECOM_PAD_BLOCK || pad > data.length) return undefined;
  for (let i = data.length - pad; i < data.length; i += 1) {
    if (data[i] !== pad) return undefined;
  }
  return data.subarray(0, data.length - pad);
}
