from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("((d IS NOT NULL) OR startswith('é', 'o'))")).withColumn("c2", expr("CASE WHEN (s IS NOT NULL) THEN i ELSE i END")).drop("i", "dt", "ts").where((col("c2") != lit(3)))
OUTPUT_MODE = "append"
