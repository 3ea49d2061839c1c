from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", (col("ts") - expr("INTERVAL 36 HOURS"))).withColumn("c2", expr("CASE WHEN (NOT b) THEN CASE WHEN (dt > DATE'2025-03-01') THEN 86400L WHEN b THEN id ELSE id END WHEN isnan(d) THEN (i - 0L) ELSE id END")).withColumn("c3", expr("round(n, 3)")).withColumn("m", (F.year((col("c1") - expr("INTERVAL -3 DAYS"))) - (col("n") - lit(.001).cast("decimal(4,3)")))).select("id", "c1", "c2", "c3").where("((i <= d) OR (-3.10 IS NULL))")
OUTPUT_MODE = "append"
