from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, j INT, dt DATE, ts TIMESTAMP, n DECIMAL(5,3), s STRING, m DECIMAL(10,2), f FLOAT, d DOUBLE, i INT").json(INPUT)
result = df.select("id", F.make_date(lit(2024), col("i"), lit(1)).alias("c1"), expr("round(greatest(least(m, n, m), (0.001 * -1)), 1)").alias("c2"), F.try_divide(col("d"), col("i")).alias("c3"), expr("abs((f * id)) AS c4"), expr("TRY_CAST(f AS BIGINT)").alias("c5"), expr("bround((m / nullif(m, 0)), 3)"))
OUTPUT_MODE = "append"
