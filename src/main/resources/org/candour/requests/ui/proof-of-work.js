// Finds a nonce (decimal digits) such that SHA-256(challenge + nonce) begins with `difficulty` zero bits, with the
// browser's own Web Crypto. Runs in batches of digests in parallel; each await gives the page back to the browser,
// so it stays responsive. $0: the challenge, $1: the difficulty in bits. Resolves to the nonce as text.
const challenge = $0;
const difficulty = $1;
if (!(window.crypto && crypto.subtle)) {
    return Promise.reject(new Error('Web Crypto is not available on this page'));
}
const encoder = new TextEncoder();
const zeroBits = bytes => {
    let bits = 0;
    for (const b of bytes) {
        if (b !== 0) {
            return bits + Math.clz32(b) - 24;
        }
        bits += 8;
    }
    return bits;
};
return (async () => {
    const batch = 256;
    for (let start = 0; ; start += batch) {
        const tries = [];
        for (let nonce = start; nonce < start + batch; nonce++) {
            tries.push(crypto.subtle.digest('SHA-256', encoder.encode(challenge + nonce)));
        }
        const hashes = await Promise.all(tries);
        for (let i = 0; i < hashes.length; i++) {
            if (zeroBits(new Uint8Array(hashes[i])) >= difficulty) {
                return String(start + i);
            }
        }
    }
})();
