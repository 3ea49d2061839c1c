from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT (b AND b) AS k1, max((TIMESTAMP'1999-12-31 23:59:59.999' + INTERVAL 36 HOURS)) AS a1, count_if(regexp_like(s, '^[A-Z]')) AS a2, datediff(max(add_months(dt, i)), min(add_months(dt, i))) AS a3, count_if(CASE WHEN b THEN b WHEN b THEN (f = 2.0D) ELSE b END) AS a4 FROM src GROUP BY (b AND b)")
OUTPUT_MODE = "complete"
