from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((col("b") | col("m").isNull())).withColumn("c1", F.to_timestamp(F.date_format((col("ts") - expr("INTERVAL '1-2' YEAR TO MONTH")), "yyyy-MM-dd HH:mm:ss"), "yyyy-MM-dd HH:mm:ss")).withColumn("c2", (-col("d"))).withColumn("c3", expr("nullif(CASE WHEN (d <= 100.0D) THEN m WHEN (d = 100.0D) THEN m ELSE n END, 99.99)")).withColumn("c4", F.make_date(F.year(col("dt")), lit(2), lit(30))).select("id", "c1", "c2", "c3", "c4")
OUTPUT_MODE = "append"
