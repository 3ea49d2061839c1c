from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("try_to_timestamp(s)")).withColumn("c2", expr("(99.99 / 7)")).withColumn("ts", (F.when(col("j").isNotNull(), col("ts")).otherwise(col("ts")) - expr("INTERVAL 1 DAY"))).withColumn("dt", F.date_add(F.date_from_unix_date(F.char_length(F.format_number(col("id"), 0))), F.abs(col("i")))).drop("i", "d", "n", "s", "t")
OUTPUT_MODE = "append"
