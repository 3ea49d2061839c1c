from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter((col("j") == lit(3))).groupBy(expr("CAST(ts AS DOUBLE) AS k1"), F.try_to_date(col("t")).alias("k2")).agg(expr("sum(CASE WHEN CASE WHEN b THEN (t <= '日本') WHEN b THEN b ELSE (t <= 'é') END THEN (99.99 * n) ELSE 0 END) AS a1"), expr("max(((i + n) - m)) AS a2"), expr("count_if(b) AS a3")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "complete"
