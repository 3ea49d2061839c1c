//! Python's `random` module as CPython computes it: the Mersenne Twister (MT19937)
//! seeded as `random.seed(int | str | None)` seeds it (`init_by_array` of the int's 32-bit
//! words; a str by its bytes and their SHA-512), and CPython's algorithms over it
//! (`random()` from two words, `getrandbits`, `_randbelow` by rejection, `randrange`,
//! `choice`, `shuffle`, `sample`, `choices`, `uniform`, `gauss`, `normalvariate`,
//! `expovariate`), so a seeded script draws what CPython draws.
//!
//! (The `rand_mt` crate has the generator's 40-line core but not CPython's seeding from
//! a Python int nor its derived algorithms, which are what must match; so all of it is
//! here, after CPython's Modules/_randommodule.c and Lib/random.py.)

use std::cell::RefCell;

use num_bigint::{BigInt, Sign};
use runnel_core::error::{Result, RunnelError};

use super::value::Value;

const N: usize = 624;
const M: usize = 397;

/// The generator's state, and `gauss`'s second value.
struct Mt {
    state: [u32; N],
    index: usize,
    gauss_next: Option<f64>,
}

impl Mt {
    fn init_genrand(s: u32) -> Mt {
        let mut state = [0u32; N];
        state[0] = s;
        for i in 1..N {
            state[i] = 1_812_433_253u32
                .wrapping_mul(state[i - 1] ^ (state[i - 1] >> 30))
                .wrapping_add(i as u32);
        }
        Mt {
            state,
            index: N,
            gauss_next: None,
        }
    }

    fn init_by_array(key: &[u32]) -> Mt {
        let mut mt = Mt::init_genrand(19_650_218);
        let s = &mut mt.state;
        let (mut i, mut j) = (1usize, 0usize);
        let klen = key.len().max(1);
        for _ in 0..N.max(klen) {
            s[i] = (s[i] ^ (s[i - 1] ^ (s[i - 1] >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key.get(j).copied().unwrap_or(0))
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                s[0] = s[N - 1];
                i = 1;
            }
            if j >= klen {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            s[i] = (s[i] ^ (s[i - 1] ^ (s[i - 1] >> 30)).wrapping_mul(1_566_083_941))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                s[0] = s[N - 1];
                i = 1;
            }
        }
        s[0] = 0x8000_0000;
        mt
    }

    fn genrand_u32(&mut self) -> u32 {
        const MAG01: [u32; 2] = [0, 0x9908_b0df];
        if self.index >= N {
            let s = &mut self.state;
            for k in 0..N {
                let y = (s[k] & 0x8000_0000) | (s[(k + 1) % N] & 0x7fff_ffff);
                s[k] = s[(k + M) % N] ^ (y >> 1) ^ MAG01[(y & 1) as usize];
            }
            self.index = 0;
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// `random()`: 53 bits from two words.
    fn random(&mut self) -> f64 {
        let a = (self.genrand_u32() >> 5) as f64;
        let b = (self.genrand_u32() >> 6) as f64;
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)` for k ≤ 64.
    fn getrandbits(&mut self, k: u32) -> u64 {
        if k == 0 {
            return 0;
        }
        if k <= 32 {
            return (self.genrand_u32() >> (32 - k)) as u64;
        }
        let lo = self.genrand_u32() as u64;
        let hi = (self.genrand_u32() >> (64 - k)) as u64;
        lo | (hi << 32)
    }

    /// `_randbelow(n)`: bits of n's length, drawn again while not below n.
    fn randbelow(&mut self, n: u64) -> u64 {
        if n == 0 {
            return 0;
        }
        let k = 64 - n.leading_zeros();
        loop {
            let r = self.getrandbits(k);
            if r < n {
                return r;
            }
        }
    }
}

thread_local! {
    static MT: RefCell<Option<Mt>> = const { RefCell::new(None) };
}

/// The 32-bit words of |n|, least significant first (`[0]` for 0), as CPython keys
/// `init_by_array` with an int seed.
fn int_key(n: &BigInt) -> Vec<u32> {
    let (_, words) = n.to_u32_digits();
    if words.is_empty() { vec![0] } else { words }
}

/// `random.seed(a)`: an int, a str or bytes (its bytes then their SHA-512, as CPython's
/// version 2), a float (by its hash), None (the clock).
pub(crate) fn seed(a: Option<&Value>, clock_ms: i64) -> Result<()> {
    let key = match a {
        None | Some(Value::None) => {
            let t = clock_ms as u64 ^ 0x9E37_79B9_7F4A_7C15;
            vec![t as u32, (t >> 32) as u32]
        }
        Some(Value::Int(i)) => int_key(&BigInt::from(*i)),
        Some(Value::Bool(b)) => vec![*b as u32],
        Some(Value::BigInt(b)) => int_key(b),
        Some(Value::Float(f)) => {
            // hash(float): an integral one hashes as its int.
            if f.fract() == 0.0 && f.is_finite() && f.abs() < 9.2e18 {
                int_key(&BigInt::from(*f as i64))
            } else {
                int_key(&BigInt::from(f.to_bits() as i64))
            }
        }
        Some(v @ Value::Str(_)) | Some(v @ Value::Native(_)) => {
            let bytes = match v {
                Value::Str(s) => s.as_bytes().to_vec(),
                Value::Native(n) => match n.as_ref() {
                    super::value::Native::Bytes(b) => b.clone(),
                    _ => return Err(bad_seed(v)),
                },
                _ => return Err(bad_seed(v)),
            };
            let digest = runnel_core::expr::functions::digest_of("sha512", &bytes)
                .ok_or_else(|| RunnelError::internal("sha512 is missing"))?;
            let mut all = bytes;
            all.extend(digest);
            int_key(&BigInt::from_bytes_be(Sign::Plus, &all))
        }
        Some(other) => return Err(bad_seed(other)),
    };
    MT.with(|m| *m.borrow_mut() = Some(Mt::init_by_array(&key)));
    Ok(())
}

fn bad_seed(v: &Value) -> RunnelError {
    RunnelError::execution_plain(format!(
        "TypeError: The only supported seed types are: None,\nint, float, str, bytes, and bytearray. (got {})",
        v.type_name()
    ))
    .with_exception("TypeError")
}

/// Runs `f` on the generator (seeded from the clock on first use, as CPython's is from
/// the OS).
fn with<T>(clock_ms: i64, f: impl FnOnce(&mut Mt) -> T) -> T {
    MT.with(|m| {
        let mut m = m.borrow_mut();
        let mt = m.get_or_insert_with(|| {
            let t = clock_ms as u64 ^ 0x9E37_79B9_7F4A_7C15;
            Mt::init_by_array(&[t as u32, (t >> 32) as u32])
        });
        f(mt)
    })
}

/// `random.random()`.
pub(crate) fn random(clock_ms: i64) -> f64 {
    with(clock_ms, |m| m.random())
}

/// `_randbelow(n)`.
pub(crate) fn below(clock_ms: i64, n: u64) -> u64 {
    with(clock_ms, |m| m.randbelow(n))
}

/// `random.getrandbits(k)` (k ≤ 64).
pub(crate) fn getrandbits(clock_ms: i64, k: u32) -> u64 {
    with(clock_ms, |m| m.getrandbits(k))
}

/// `random.gauss(mu, sigma)`: two values per two draws, the second kept for the next call.
pub(crate) fn gauss(clock_ms: i64, mu: f64, sigma: f64) -> f64 {
    with(clock_ms, |m| {
        let z = match m.gauss_next.take() {
            Some(z) => z,
            None => {
                let x2pi = m.random() * std::f64::consts::TAU;
                let g2rad = (-2.0 * (1.0 - m.random()).ln()).sqrt();
                m.gauss_next = Some(x2pi.sin() * g2rad);
                x2pi.cos() * g2rad
            }
        };
        mu + z * sigma
    })
}

/// `random.normalvariate(mu, sigma)` (Kinderman and Monahan).
pub(crate) fn normalvariate(clock_ms: i64, mu: f64, sigma: f64) -> f64 {
    let magic = 4.0 * (-0.5f64).exp() / 2.0f64.sqrt();
    with(clock_ms, |m| {
        loop {
            let u1 = m.random();
            let u2 = 1.0 - m.random();
            let z = magic * (u1 - 0.5) / u2;
            if z * z / 4.0 <= -u2.ln() {
                return mu + z * sigma;
            }
        }
    })
}

/// `random.sample(population, k)`: CPython's pool or set selection.
pub(crate) fn sample(clock_ms: i64, population: Vec<Value>, k: usize) -> Vec<Value> {
    let n = population.len();
    let mut setsize = 21usize;
    if k > 5 {
        // 4 ** ceil(log(k * 3, 4))
        let e = ((k as f64 * 3.0).ln() / 4f64.ln()).ceil() as u32;
        setsize += 4usize.saturating_pow(e);
    }
    with(clock_ms, |m| {
        if n <= setsize {
            let mut pool = population;
            let mut out = Vec::with_capacity(k);
            for i in 0..k {
                let j = m.randbelow((n - i) as u64) as usize;
                out.push(pool[j].clone());
                pool[j] = pool[n - i - 1].clone();
            }
            out
        } else {
            let mut selected = std::collections::HashSet::new();
            let mut out = Vec::with_capacity(k);
            for _ in 0..k {
                let mut j = m.randbelow(n as u64) as usize;
                while selected.contains(&j) {
                    j = m.randbelow(n as u64) as usize;
                }
                selected.insert(j);
                out.push(population[j].clone());
            }
            out
        }
    })
}
