from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, j INT, dt DATE, i INT, ts TIMESTAMP, k BIGINT, s STRING, t STRING, f FLOAT, m DECIMAL(38,10), d DOUBLE").json(INPUT)
result = df.selectExpr("id", "f", "CASE WHEN (nvl2(d, s, '2024-02-29') LIKE '_') THEN k ELSE id END AS c1", "(nvl2(pmod(id, nullif(j, 0)), (id - i), 3L) IS NULL) AS c2", "(CAST(NULL AS BOOLEAN) > (d IS NOT NULL)) AS c3").where((((col("c1") >= lit(86400).cast("bigint")) | col("c3")) | (col("f") < lit(2.0))))
OUTPUT_MODE = "append"
