from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((col("d").isNotNull() | (col("i") >= lit(10)))).selectExpr("id", "CASE WHEN coalesce(false, (j < 2), false) THEN floor((m / -4)) ELSE abs(nullif(m, 0.5)) END AS c1", "string(d) AS c2", "try_add((m + 99.99), m) AS c3", "add_months(trunc((dt - INTERVAL '1-1' YEAR TO MONTH), 'mon'), greatest(i, i, 2)) AS c4", "size(split(array_join(transform(split(regexp_extract(nullif('a', ' '), '([0-9]+)', 1), ' '), x -> reverse(x)), ''), '-')) AS c5").where("((0.001D >= (m * m)) OR (ts = TIMESTAMP'1999-12-31 23:59:59.999'))")
OUTPUT_MODE = "append"
