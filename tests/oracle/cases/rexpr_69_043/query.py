from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, dt DATE, j INT, s STRING, ts TIMESTAMP, d DOUBLE, i INT, k BIGINT, m DECIMAL(10,2), b BOOLEAN").load(INPUT)
result = df.withColumn("c1", (expr("-3.10") / F.nullif(col("m"), lit(0)))).withColumn("c2", expr("(d - d)")).withColumn("c3", expr("pmod(i, nullif(j, 0))")).drop("dt", "j", "d", "i", "k", "b")
OUTPUT_MODE = "append"
