spark.conf.set("spark.sql.session.timeZone", "Pacific/Chatham")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("(bround(m, 1) - m)")).withColumn("c2", (col("id") / col("i"))).withColumn("c3", (F.when(lit(False), col("id")).when(col("m").isNotNull(), col("id")).when((col("i") > lit(2)), F.nullif(col("id"), lit(1).cast("bigint"))).otherwise(F.nullif(col("id"), lit(86400).cast("bigint"))) % lit(10))).withColumn("c4", expr("lower(regexp_replace(s, '[aeiou]', '*'))")).select("id", "c1", "c2", "c3", "c4")
OUTPUT_MODE = "append"
