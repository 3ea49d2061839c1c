from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("((id + i) <=> id)")).withColumn("c2", (col("t").try_cast("timestamp") - expr("INTERVAL '1-2' YEAR TO MONTH"))).withColumn("c3", (col("m") / F.nullif(col("m"), lit(0)))).withColumn("c4", (col("c1") & F.equal_null(lit(1), lit(0)))).where("(((i > 7) = true) OR (s IS NOT NULL))")
OUTPUT_MODE = "append"
