from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("(m + m)")).withColumn("c2", col("t").try_cast("timestamp")).withColumn("c3", (col("id") % F.nullif(col("j"), lit(0)))).withColumn("c4", lit(12).cast("boolean")).drop("k", "f", "n", "b", "dt").filter(col("f").isNotNull())
OUTPUT_MODE = "append"
