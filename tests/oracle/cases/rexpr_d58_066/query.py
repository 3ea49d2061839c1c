from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(7,0), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("format_string('%d%%', 7)")).withColumn("i", col("i")).withColumn("c3", expr("CASE WHEN (d <= 0.5D) THEN 1000L WHEN (ts IS NULL) THEN id WHEN (s < '') THEN CASE i WHEN 0 THEN id WHEN 0 THEN id ELSE id END ELSE ceil(CASE WHEN abs(round(d, 3)) < 1e9D THEN round(d, 3) END) END")).withColumn("c4", F.pmod(col("id"), F.nullif(col("i"), lit(0)))).withColumn("c5", F.add_months(F.trunc(F.next_day((col("dt") + expr("INTERVAL 1 DAY")), "fri"), "MM"), col("i"))).select("id", "c1", "c3", "c4", "c5")
OUTPUT_MODE = "append"
