from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(NOT coalesce(coalesce(isnan(CASE WHEN b THEN d WHEN b THEN 100.0D WHEN b THEN d ELSE d END), b, false), false))").selectExpr("id", "CASE WHEN (s >= 'é') THEN (10 * i) WHEN (b != (i < 10)) THEN size(split(s, '-')) WHEN b THEN pmod(i, nullif(i, 0)) ELSE CASE WHEN (dt IS NOT NULL) THEN 10 WHEN b THEN i WHEN (dt IS NOT NULL) THEN i ELSE i END END AS c1", "nvl2((id + 1L), (i + i), 5)", "CASE WHEN startswith(t, 'H') THEN d WHEN ((n IS NOT NULL) OR b) THEN d ELSE d END AS c3")
OUTPUT_MODE = "append"
