from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "t", "(initcap(t) <> s)", "timestamp_seconds(datediff(nullif(dt, DATE'2023-12-31'), ts)) AS c2", "CASE WHEN ifnull(((s > 'a') AND b), true) THEN TRY_CAST(t AS INT) WHEN regexp_like(regexp_extract(t, '([0-9]+)', 1), 'o$') THEN i WHEN (m <=> 0.5) THEN i END AS c3", "CASE WHEN (m IS NULL) THEN (id + id) ELSE if((b AND b), id, id) END AS c4").filter("(t <= 'x-y')")
OUTPUT_MODE = "append"
