from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select(F.when(F.nvl(col("k").isNull(), lit(True)), col("dt")).when(F.isnan(col("f")), F.to_date(lit("2025-03-01"))).otherwise(col("dt")).alias("c1"), (col("b") | col("t").like("%o%")).alias("c2"), expr("TRY_CAST(s AS BIGINT)").alias("c3"))
OUTPUT_MODE = "append"
