from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, ts TIMESTAMP, b BOOLEAN, n DECIMAL(5,3), d DOUBLE, s STRING, k BIGINT, m DECIMAL(7,0), i INT, j INT, dt DATE").json(INPUT)
result = df.withColumn("c1", (col("id") % F.nullif(col("j"), lit(0)))).withColumn("c2", expr("round((round(12.345, 2) - floor(m)), 2)")).withColumn("c3", F.nvl2(col("s").try_cast("timestamp"), col("i"), lit(-4)))
OUTPUT_MODE = "append"
