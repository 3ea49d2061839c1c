from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, d DOUBLE, m DECIMAL(38,10), ts TIMESTAMP, i INT, f FLOAT, t STRING, n DECIMAL(4,1), k BIGINT, s STRING, dt DATE").load(INPUT)
result = df.selectExpr("CAST(((m % nullif(m, 0)) / nullif(n, 0)) AS DOUBLE) AS c1", "date_sub(nullif(dt, DATE'2024-02-29'), datediff(dt, dt)) AS c2", "CASE WHEN (t <> 'Hello') THEN ((dt > to_date('2024-02-29')) <= (d IS NOT NULL)) ELSE (f IS NOT NULL) END AS c3", "CASE WHEN (n = 0.5) THEN d WHEN (i IS NOT NULL) THEN 0.1D WHEN (n > 99.99) THEN f END").filter((col("t") == lit(" ")))
OUTPUT_MODE = "append"
