from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, k BIGINT, ts TIMESTAMP, m DECIMAL(12,4), i INT, j INT, t STRING, dt DATE, d DOUBLE, s STRING").json(INPUT)
result = df.withColumn("c1", expr("(nvl2(i, d, 2.0D) * nvl2((t LIKE '_'), -1.5D, 0.1D))")).withColumn("c2", F.from_unixtime(F.least(F.when((col("k") <= lit(1000).cast("bigint")), col("id")).otherwise(col("id")), (col("id") - lit(3).cast("bigint")), F.when((col("d") >= lit(-1.5)), col("id")).otherwise(col("id"))))).withColumn("c3", F.make_date(F.year(col("dt")), F.month(col("dt")), lit(28))).drop("k", "m", "j", "t", "dt").where("(j IS NOT NULL)")
OUTPUT_MODE = "append"
