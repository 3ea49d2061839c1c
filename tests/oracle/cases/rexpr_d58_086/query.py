from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "regexp_like(elt(1, CASE (b AND (m < 1.25)) WHEN true THEN s ELSE s END, t), '[aeiou]{2}') AS c1", "isnan(((nullif(i, 3) % nullif(i, 0)) / 2.0D)) AS c2", "CASE WHEN b THEN j WHEN regexp_like(s, '^[A-Z]') THEN octet_length(concat_ws(', ', t, t)) ELSE CASE WHEN (NOT regexp_like(t, '^[A-Z]')) THEN i WHEN (j < n) THEN j WHEN b THEN j ELSE i END END AS c3", "if((id <= d), k, 0L) AS c4")
OUTPUT_MODE = "append"
