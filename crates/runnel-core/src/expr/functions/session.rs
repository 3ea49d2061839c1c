//! The session's user and SQL path: `current_user()` (also `user()`, `session_user()`)
//! is the user Spark runs as — `SPARK_USER`, else the operating system's user, which a
//! native front end sets with [`set_os_user`] (empty where there is none, as in a
//! browser tab); `current_path()` is Spark's default SQL path; `version()` the Spark
//! release Runnel answers as, with that release's git revision.

use std::sync::OnceLock;

use super::Builder;
use crate::expr::phys::PhysExpr;
use crate::scalar::ScalarValue;

/// The Spark release whose semantics Runnel follows (`spark.version`).
pub const SPARK_VERSION: &str = "4.3.0";

/// The git revision Spark 4.3.0's `version()` names (what PySpark 4.3.0 printed).
const SPARK_REVISION: &str = "98bc0212c94705434471627068f41e374ccab143";

static OS_USER: OnceLock<String> = OnceLock::new();

/// Sets the operating system's user name (once per process; later calls are ignored).
pub fn set_os_user(name: String) {
    let _ = OS_USER.set(name);
}

/// The user name `current_user()` gives.
fn user_name() -> String {
    std::env::var("SPARK_USER")
        .ok()
        .filter(|s| !s.is_empty())
        .or_else(|| OS_USER.get().cloned())
        .unwrap_or_default()
}

pub(super) fn register(r: &mut Builder) {
    for name in ["current_user", "user", "session_user"] {
        r.scalar(name, |c| {
            c.arity(0, 0)?;
            Ok(PhysExpr::Literal(ScalarValue::Utf8(user_name())))
        })
        .py_none()
        .named(|c| format!("{}()", c.called));
    }
    r.scalar("current_path", |c| {
        c.arity(0, 0)?;
        Ok(PhysExpr::Literal(ScalarValue::Utf8(
            "system.builtin,system.session,spark_catalog.default".into(),
        )))
    })
    .py_none();
    r.scalar("version", |c| {
        c.arity(0, 0)?;
        Ok(PhysExpr::Literal(ScalarValue::Utf8(format!(
            "{SPARK_VERSION} {SPARK_REVISION}"
        ))))
    })
    .py_none();
}
