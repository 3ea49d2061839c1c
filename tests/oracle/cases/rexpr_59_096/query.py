from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("coalesce(isnan(CAST(i AS DOUBLE)), true)")).withColumn("c2", (col("m") % F.nullif(col("m"), lit(0)))).withColumn("c3", (col("s").try_cast("timestamp") + expr("INTERVAL 36 HOURS"))).select("id", "c1", "c2", "c3").filter((col("c1") | col("c1").isNotNull()))
OUTPUT_MODE = "append"
