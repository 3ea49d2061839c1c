from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((col("id") > lit(3).cast("bigint"))).withColumn("c1", expr("CASE WHEN (i >= 5) THEN 3L ELSE k END")).withColumn("c2", (F.try_to_timestamp(col("s")) - expr("INTERVAL 1 DAY")).cast("date")).withColumn("c3", expr("concat(CAST(abs(i) AS STRING), s)")).withColumn("c4", (col("m") / F.nullif(lit(12.345).cast("decimal(5,3)"), lit(0)))).withColumn("c5", F.ifnull(col("i"), lit(12))).select("id", "c1", "c2", "c3", "c4", "c5")
OUTPUT_MODE = "append"
