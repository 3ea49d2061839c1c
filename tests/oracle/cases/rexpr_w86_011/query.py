from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((col("j") == lit(1))).groupBy((col("i") - col("i")).alias("k1")).agg(F.min(F.dayofyear(F.make_date(lit(2024), lit(12), lit(28)))).alias("a1"), expr("sum(CASE WHEN (contains(s, 'é') <= (t IS NOT NULL)) THEN (- i) ELSE 0 END) AS a2"))
OUTPUT_MODE = "complete"
