//! A process-wide "new data" signal. The sources' reading threads raise it when input
//! arrives (the socket source after each read), and the native runner, idle between
//! triggers, waits on it for at most its poll interval instead of sleeping that long,
//! so that a `processingTime` trigger of 0 starts its batch as soon as data comes
//! (Spark polls every `spark.sql.streaming.pollingDelay`, 10 ms).

use std::sync::{Condvar, Mutex};
use std::time::{Duration, Instant};

static ARRIVALS: Mutex<u64> = Mutex::new(0);
static SIGNAL: Condvar = Condvar::new();

/// How many times data arrived so far: pass it to [`wait`] to miss no arrival after it.
pub fn generation() -> u64 {
    *ARRIVALS.lock().unwrap_or_else(|p| p.into_inner())
}

/// Data arrived: wakes whoever waits.
pub fn notify() {
    let mut n = ARRIVALS.lock().unwrap_or_else(|p| p.into_inner());
    *n = n.wrapping_add(1);
    SIGNAL.notify_all();
}

/// Waits until data arrived after `since` (a [`generation`]) or `timeout` passed.
pub fn wait(since: u64, timeout: Duration) {
    let until = Instant::now() + timeout;
    let mut n = ARRIVALS.lock().unwrap_or_else(|p| p.into_inner());
    while *n == since {
        let left = until.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return;
        }
        n = SIGNAL
            .wait_timeout(n, left)
            .unwrap_or_else(|p| p.into_inner())
            .0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_waiter_wakes_on_an_arrival_and_not_on_an_old_one() {
        let before = generation();
        let t = std::thread::spawn(|| {
            std::thread::sleep(Duration::from_millis(20));
            notify();
        });
        let start = Instant::now();
        wait(before, Duration::from_secs(10));
        assert!(start.elapsed() < Duration::from_secs(5));
        t.join().unwrap();
        // An arrival after `before` happened already: no wait at all.
        let start = Instant::now();
        wait(before, Duration::from_secs(10));
        assert!(start.elapsed() < Duration::from_secs(5));
        // Nothing new: the timeout ends the wait.
        wait(generation().wrapping_add(1), Duration::from_millis(1));
    }
}
