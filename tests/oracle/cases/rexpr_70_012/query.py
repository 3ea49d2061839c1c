from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.least(F.crc32(col("s")), F.pmod(col("id"), lit(7)), col("id"))).withColumn("c2", expr("ifnull((i + size(split(s, '[aeiou]'))), -4)")).withColumn("c3", expr("coalesce(id, 86400L)")).withColumn("c4", col("b")).withColumn("c5", (col("id") + col("d"))).drop("i", "d", "n", "b", "dt")
OUTPUT_MODE = "append"
