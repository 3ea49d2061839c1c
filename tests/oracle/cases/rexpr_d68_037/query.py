from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("(d - d)")).withColumn("c2", F.dayofmonth(col("ts"))).withColumn("c3", expr("regexp_substr(substring(t, -3, 1), '[aeiou]+')")).withColumn("d", F.sqrt(lit(12.345).cast("decimal(5,3)")))
OUTPUT_MODE = "append"
