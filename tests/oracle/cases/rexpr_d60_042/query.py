from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, f FLOAT, i INT, j INT, s STRING, m DECIMAL(12,4), b BOOLEAN, dt DATE, d DOUBLE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("((nvl2((id >= 3L), 0.5D, -1.5D) BETWEEN -1.5D AND 0.001D) OR nvl((j = 5), false)) AS c1"), F.when(col("id").cast("boolean"), col("m")).when(col("b"), col("m")).when(F.when((col("j") > lit(1)), lit(-1.5)).otherwise(col("f")).between(lit(100.0), lit(0.1)), lit(100).cast("decimal(3,0)")).alias("c2"), expr("CASE WHEN ((0.5D = f) AND ((ts > TIMESTAMP'1999-12-31 23:59:59.999') <=> (b IS NOT TRUE))) THEN char_length(CAST(dt AS STRING)) ELSE nvl2(CASE WHEN b THEN id WHEN (s IS NOT NULL) THEN 0L WHEN (ts >= TIMESTAMP'1999-12-31 23:59:59.999') THEN id ELSE id END, find_in_set('b', left(s, 0)), 100) END").alias("c3"), expr("(i * d)").alias("c4")).filter((F.isnan(col("f")) | col("dt").isNull()))
OUTPUT_MODE = "append"
