from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "ts", expr("(CASE WHEN ((s <= 'abc') < (id >= 1000L)) THEN CASE WHEN (i = 1) THEN m ELSE 99.99 END WHEN (id IS NOT NULL) THEN m ELSE m END + m) AS c1"), expr("(id DIV nullif(least(i, i), 0))").alias("c2"), F.when(col("s").isNotNull(), ((lit(10) % lit(3)) - lit(10))).otherwise(F.weekday(F.to_date(lit("2025-03-01")))).alias("c3"), expr("nvl(m, 99.99)").alias("c4")).where((F.size(F.split(lit("abc"), "-")).eqNullSafe(col("m")) | col("s").isNotNull()))
OUTPUT_MODE = "append"
