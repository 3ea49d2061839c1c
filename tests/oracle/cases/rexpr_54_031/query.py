from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("dateadd(CASE WHEN (dt IS NOT NULL) THEN dt ELSE dt END, i)").alias("c1"), (~(col("m") > expr("12.345"))), col("k").eqNullSafe(col("d")).isNull().alias("c3"))
OUTPUT_MODE = "append"
