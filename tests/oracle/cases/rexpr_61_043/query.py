from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, t STRING, d DOUBLE, s STRING, j INT, dt DATE, m DECIMAL(12,4), ts TIMESTAMP, i INT, b BOOLEAN").load(INPUT)
result = df.withColumn("c1", expr("(dt - INTERVAL 1 DAY)")).withColumn("c2", (F.when(col("b"), col("m")).when((col("id") >= lit(86400).cast("bigint")), col("m")).otherwise(col("m")) % F.nullif(col("m"), lit(0)))).withColumn("c3", F.date_format(F.when(col("s").contains("a"), F.next_day(col("dt"), "TU")).when(col("t").isin(lit(" ")), F.trunc(col("dt"), "Q")).when(F.isnan(lit(0.1)), (col("dt") + expr("INTERVAL '1-1' YEAR TO MONTH"))).otherwise(col("dt")), "a h:mm").endswith("")).withColumn("c4", (F.nullif(col("m"), expr("0.5")) * col("m"))).select("id", "c1", "c2", "c3", "c4")
OUTPUT_MODE = "append"
