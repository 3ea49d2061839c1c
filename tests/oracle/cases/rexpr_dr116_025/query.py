from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, d DOUBLE, dt DATE, ts TIMESTAMP, b BOOLEAN, i INT, m DECIMAL(10,2), s STRING").load(INPUT)
result = df.withColumn("c1", expr("sequence(5, abs(i) % 5, -2)")).withColumn("dt", F.to_timestamp(F.date_format(col("ts"), "dd.MM.yyyy HH:mm:ss.SSSSSS"), "dd.MM.yyyy HH:mm:ss.SSSSSS").cast("date")).withColumn("c3", (F.zeroifnull(col("m")) * lit(2))).select("id", "c1", "c3").where((expr("is_valid_utf8(unhex('C328'))") | col("id").isNotNull()))
OUTPUT_MODE = "append"
