from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select((col("d") / F.nullif(col("d"), lit(0))).alias("c1"), expr("CASE WHEN (s = ' ') THEN TRY_CAST(hash(m) AS INT) WHEN (i IN (3)) THEN i END").alias("c2"))
OUTPUT_MODE = "append"
